using ProjectMap.Imagery.Mathematics;

namespace ProjectMap.Tiles.Warping;

/// <summary>The exact homography that sends the unit square's corners (0,0), (1,0), (1,1), (0,1) to four points (Heckbert 1989).</summary>
public static class SquareToQuad
{
    /// <summary>The homography of the unit square onto the quadrilateral p0 (at (0,0)), p1 (1,0), p2 (1,1), p3 (0,1).</summary>
    public static Homography Map((double X, double Y) p0, (double X, double Y) p1, (double X, double Y) p2, (double X, double Y) p3)
    {
        var sx = p0.X - p1.X + p2.X - p3.X;
        var sy = p0.Y - p1.Y + p2.Y - p3.Y;
        double g, h;
        if (Math.Abs(sx) < 1e-15 * (Math.Abs(p0.X) + 1) && Math.Abs(sy) < 1e-15 * (Math.Abs(p0.Y) + 1))
        {
            g = h = 0;
        }
        else
        {
            var dx1 = p1.X - p2.X;
            var dx2 = p3.X - p2.X;
            var dy1 = p1.Y - p2.Y;
            var dy2 = p3.Y - p2.Y;
            var det = (dx1 * dy2) - (dx2 * dy1);
            g = ((sx * dy2) - (dx2 * sy)) / det;
            h = ((dx1 * sy) - (sx * dy1)) / det;
        }

        return new Homography(new Matrix3(
            p1.X - p0.X + (g * p1.X), p3.X - p0.X + (h * p3.X), p0.X,
            p1.Y - p0.Y + (g * p1.Y), p3.Y - p0.Y + (h * p3.Y), p0.Y,
            g, h, 1));
    }
}
