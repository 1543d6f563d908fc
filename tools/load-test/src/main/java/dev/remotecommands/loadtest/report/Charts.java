package dev.remotecommands.loadtest.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/** How every chart of the load-test tool looks and is written: white, light grid, a PNG of 1000 × 600. */
public final class Charts {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 600;

    private Charts() {
    }

    public static void writePng(Path png, String title, XYPlot plot, boolean legend) throws IOException {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
    }
}
