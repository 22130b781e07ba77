package vn.giaoviec.plan.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines a page draws: stroked lines and rectangle edges, and filled rectangles thin enough to
 * be lines (Word draws cell borders either way). Points, y downwards like the text positions.
 */
final class PdfRules extends PDFGraphicsStreamEngine {

    private static final double THIN = 3;

    private final List<PageContent.Rule> rules = new ArrayList<>();
    private final List<double[]> path = new ArrayList<>();
    private final float height;
    private final PageBudget budget;
    private Point2D current;

    private PdfRules(PDPage page, PageBudget budget) {
        super(page);
        this.height = page.getMediaBox().getHeight();
        this.budget = budget;
    }

    static List<PageContent.Rule> of(PDPage page, PageBudget budget) throws IOException {
        PdfRules engine = new PdfRules(page, budget);
        engine.processPage(page);
        return engine.rules;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        budget.segment();
        path.add(new double[] {p0.getX(), p0.getY(), p1.getX(), p1.getY()});
        path.add(new double[] {p1.getX(), p1.getY(), p2.getX(), p2.getY()});
        path.add(new double[] {p2.getX(), p2.getY(), p3.getX(), p3.getY()});
        path.add(new double[] {p3.getX(), p3.getY(), p0.getX(), p0.getY()});
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current != null) {
            budget.segment();
            path.add(new double[] {current.getX(), current.getY(), x, y});
        }
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? new Point2D.Float() : current;
    }

    @Override
    public void closePath() {
        // the rectangle's edges are already in the path
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        for (double[] segment : path) {
            add(segment[0], segment[1], segment[2], segment[3]);
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] s : path) {
            minX = Math.min(minX, Math.min(s[0], s[2]));
            maxX = Math.max(maxX, Math.max(s[0], s[2]));
            minY = Math.min(minY, Math.min(s[1], s[3]));
            maxY = Math.max(maxY, Math.max(s[1], s[3]));
        }
        if (!path.isEmpty() && (maxX - minX <= THIN || maxY - minY <= THIN)) {
            if (maxX - minX <= THIN) {
                add((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
            } else {
                add(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
            }
        }
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // clipping does not draw
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images are read by OCR, not as rules
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading draws no rule
    }

    private void add(double x0, double y0, double x1, double y1) {
        boolean horizontal = Math.abs(y1 - y0) < 1 && Math.abs(x1 - x0) > 4;
        boolean vertical = Math.abs(x1 - x0) < 1 && Math.abs(y1 - y0) > 4;
        if (horizontal || vertical) {
            rules.add(new PageContent.Rule(Math.min(x0, x1), height - Math.max(y0, y1), Math.max(x0, x1),
                    height - Math.min(y0, y1)));
        }
    }
}
