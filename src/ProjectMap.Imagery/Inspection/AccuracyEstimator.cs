using ProjectMap.Imagery.Georeferencing;

namespace ProjectMap.Imagery.Inspection;

/// <summary>Evaluates the <see cref="ErrorModel"/> for a georeferenced photo.</summary>
public static class AccuracyEstimator
{
    /// <summary>
    /// The estimated horizontal 1-σ error in metres of a ground point located through <paramref name="georeference"/>:
    /// the largest over the image centre and four corners (corner rays that miss the ground are evaluated at the clamp distance).
    /// </summary>
    public static double HorizontalErrorM(PhotoGeoreference georeference, double gnssSigmaM, double relativeScaleSigma, ErrorModel model)
    {
        ArgumentNullException.ThrowIfNull(georeference);
        ArgumentNullException.ThrowIfNull(model);
        var cam = georeference.Camera;
        (double U, double V)[] points = [(cam.PrincipalPointXPx, cam.PrincipalPointYPx), (0, 0), (cam.WidthPx, 0), (cam.WidthPx, cam.HeightPx), (0, cam.HeightPx)];
        var worst = 0.0;
        foreach (var (u, v) in points)
        {
            worst = Math.Max(worst, AtPixel(georeference, u, v, gnssSigmaM, relativeScaleSigma, model));
        }

        return worst;
    }

    /// <summary>The estimated horizontal 1-σ error in metres at one pixel.</summary>
    public static double AtPixel(PhotoGeoreference georeference, double column, double row, double gnssSigmaM, double relativeScaleSigma, ErrorModel model)
    {
        ArgumentNullException.ThrowIfNull(georeference);
        ArgumentNullException.ThrowIfNull(model);
        var h = georeference.HeightAboveGroundM;
        var maxR = georeference.MaxGroundDistanceM;
        double r;
        if (georeference.TryPixelToLocal(column, row, out var e, out var n))
        {
            r = Math.Min(Math.Sqrt((e * e) + (n * n)), maxR);
        }
        else
        {
            r = maxR;
        }

        const double d = Math.PI / 180;
        var tan = r / h;
        var cos2 = 1 / (1 + (tan * tan));
        var yaw = r * model.YawSigmaDeg * d;
        var tilt = h * model.TiltSigmaDeg * d / cos2;
        var height = model.HeightSigmaM * tan;
        var scale = r * relativeScaleSigma;
        return Math.Sqrt((gnssSigmaM * gnssSigmaM) + (yaw * yaw) + (tilt * tilt) + (height * height) + (scale * scale));
    }
}
