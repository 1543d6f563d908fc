package dev.remotecommands.loadtest.report;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedMap;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** A rate profile as a picture: records per second against the seconds since the start. */
public final class RateChart {

    private RateChart() {
    }

    /** {@code profile}: seconds after the start → records/s over the bucket that starts there. */
    public static void write(Path png, String title, SortedMap<Long, Double> profile) throws IOException {
        XYSeries rate = new XYSeries("records/s");
        profile.forEach(rate::add);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, profile.size() <= 60);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(rate), new NumberAxis("seconds since the first record"),
                new NumberAxis("records/s"), renderer);
        Charts.writePng(png, title, plot, false);
    }
}
