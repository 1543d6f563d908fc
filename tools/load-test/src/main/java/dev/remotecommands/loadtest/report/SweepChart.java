package dev.remotecommands.loadtest.report;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The sweep as a picture: end-to-end p50 and p99 (ms, log scale, left) and carried rate (commands/s, right) against
 * the offered rate, the platform in solid lines beside the raw pipe in dashed ones.
 */
public final class SweepChart {

    private SweepChart() {
    }

    public static void write(Path png, List<StepFigures> steps) throws IOException {
        XYSeriesCollection latency = new XYSeriesCollection();
        XYSeriesCollection carried = new XYSeriesCollection();
        for (String target : List.of("platform", "raw-pipe")) {
            XYSeries p50 = new XYSeries(target + " p50");
            XYSeries p99 = new XYSeries(target + " p99");
            XYSeries rate = new XYSeries(target + " carried/s");
            steps.stream().filter(step -> step.target().equals(target)).forEach(step -> {
                addIfPositive(p50, step.offeredRate(), step.endToEnd().p50());
                addIfPositive(p99, step.offeredRate(), step.endToEnd().p99());
                rate.add(step.offeredRate(), step.carriedRate());
            });
            latency.addSeries(p50);
            latency.addSeries(p99);
            carried.addSeries(rate);
        }
        LogarithmicAxis millis = new LogarithmicAxis("end-to-end latency (ms)");
        millis.setAllowNegativesFlag(false);
        millis.setAutoRangeNextLogFlag(true);
        XYPlot plot = new XYPlot(latency, new NumberAxis("offered rate (commands/s)"), millis, renderer(2));
        plot.setDataset(1, carried);
        plot.setRangeAxis(1, new NumberAxis("carried rate (commands/s)"));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, renderer(1));
        Charts.writePng(png, "Platform beside the raw pipe", plot, true);
    }

    /** A log axis has no room for zero or NaN (a step with no answer). */
    private static void addIfPositive(XYSeries series, double x, double y) {
        if (y > 0) {
            series.add(x, y);
        }
    }

    /** Series of the platform solid, of the raw pipe dashed: {@code perTarget} series per target, in that order. */
    private static XYLineAndShapeRenderer renderer(int perTarget) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        BasicStroke dashed = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f);
        for (int series = 0; series < 2 * perTarget; series++) {
            renderer.setSeriesStroke(series, series < perTarget ? new BasicStroke(2f) : dashed);
        }
        return renderer;
    }
}
