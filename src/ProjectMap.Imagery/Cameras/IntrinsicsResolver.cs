using System.Globalization;
using ProjectMap.Imagery.Metadata;

namespace ProjectMap.Imagery.Cameras;

/// <summary>
/// Chooses a photo's camera model from its metadata, best source first: calibrated focal length and optical centre
/// (pixels) → EXIF focal length with the focal-plane resolution → EXIF focal length with the 35 mm-equivalent focal
/// length → EXIF focal length with the sensor size from <see cref="SensorTable"/>. The stored image is taken to cover
/// the largest centred area of the sensor with the image's aspect ratio (a 16:9 photo from a 4:3 sensor uses the full
/// width and a cropped height), with square pixels. When none applies the photo is rejected: a camera is never guessed.
/// </summary>
public static class IntrinsicsResolver
{
    /// <summary>The diagonal of a 36 × 24 mm frame in millimetres, the basis of 35 mm-equivalent focal lengths.</summary>
    public const double FullFrameDiagonalMm = 43.2666;

    /// <summary>Resolves the camera; throws <see cref="PhotoRejectedException"/> naming what is missing when no source is usable.</summary>
    public static CameraIntrinsics Resolve(PhotoMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (metadata.WidthPx is not { } wSrc || metadata.HeightPx is not { } hSrc)
        {
            throw new PhotoRejectedException("the image size is unknown");
        }

        int w = wSrc.Value, h = hSrc.Value;
        var focalMm = metadata.FocalLengthMm is { Value: > 0 and < 1000 } f ? f.Value : (double?)null;
        var ic = CultureInfo.InvariantCulture;

        if (metadata.CalibratedFocalLengthPx is { } cf && double.IsFinite(cf.Value) && cf.Value > 0.1 * Math.Max(w, h) && cf.Value < 50.0 * Math.Max(w, h))
        {
            var cx = metadata.CalibratedOpticalCenterXPx is { } x && double.IsFinite(x.Value) && x.Value > 0 && x.Value < w ? x.Value : w / 2.0;
            var cy = metadata.CalibratedOpticalCenterYPx is { } y && double.IsFinite(y.Value) && y.Value > 0 && y.Value < h ? y.Value : h / 2.0;
            var camera = new PinholeCamera(w, h, cf.Value, cx, cy);
            return new CameraIntrinsics(
                camera, IntrinsicsSource.Calibrated, string.Create(ic, $"{cf.Source} = {cf.Value:0.###} px, optical centre ({cx:0.###}, {cy:0.###}) px"),
                focalMm, focalMm * w / cf.Value, focalMm * h / cf.Value, 0.002);
        }

        if (focalMm is null)
        {
            throw new PhotoRejectedException(
                "no usable intrinsics: no calibrated focal length in XMP and no EXIF FocalLength, so the camera's field of view is unknown");
        }

        var fmm = focalMm.Value;
        if (metadata.FocalPlaneXPxPerMm is { } res && res.Value > 0)
        {
            var sensorW = w / res.Value;
            if (sensorW is > 1 and < 60)
            {
                var camera = PinholeCamera.FromSensor(w, h, fmm, sensorW);
                return new CameraIntrinsics(
                    camera, IntrinsicsSource.FocalPlaneResolution, string.Create(ic, $"EXIF FocalLength {fmm:0.###} mm, {res.Source} = {res.Value:0.###} px/mm"),
                    fmm, sensorW, h / res.Value, 0.005);
            }
        }

        if (metadata.FocalLength35mmMm is { } f35 && f35.Value > fmm)
        {
            var diagonal = FullFrameDiagonalMm * fmm / f35.Value;
            var (longSide, sensorNote) = LongSideFromDiagonal(diagonal, w, h);
            var (sw, sh) = w >= h ? (longSide, longSide * h / w) : (longSide * w / h, longSide);
            var camera = PinholeCamera.FromSensor(w, h, fmm, sw);
            var uncertainty = Math.Sqrt(Math.Pow(0.29 / f35.Value, 2) + (0.01 * 0.01));
            return new CameraIntrinsics(
                camera, IntrinsicsSource.Equivalent35mm,
                string.Create(ic, $"EXIF FocalLength {fmm:0.###} mm, FocalLengthIn35mmFilm {f35.Value:0} mm: sensor diagonal {diagonal:0.###} mm{sensorNote}"),
                fmm, sw, sh, uncertainty);
        }

        if (SensorTable.Find(metadata.Model?.Value) is { } spec)
        {
            var (sw, sh) = Covered(spec.WidthMm, spec.HeightMm, w, h);
            var camera = PinholeCamera.FromSensor(w, h, fmm, sw);
            return new CameraIntrinsics(
                camera, IntrinsicsSource.SensorTable,
                string.Create(ic, $"EXIF FocalLength {fmm:0.###} mm, sensor table {spec.Model} ({spec.Description}) {spec.WidthMm} × {spec.HeightMm} mm; image covers {sw:0.###} × {sh:0.###} mm"),
                fmm, sw, sh, 0.01);
        }

        var model = metadata.Model?.Value ?? "(no EXIF Model)";
        throw new PhotoRejectedException(
            $"no usable intrinsics: no calibrated focal length, no focal-plane resolution, no 35 mm-equivalent focal length, and camera model '{model}' is not in the sensor table");
    }

    /// <summary>
    /// The sensor area (width, height in millimetres, along the image's columns and rows) that an image of
    /// <paramref name="widthPx"/> × <paramref name="heightPx"/> covers on a sensor of the given long and short sides:
    /// the largest centred area with the image's aspect ratio.
    /// </summary>
    public static (double WidthMm, double HeightMm) Covered(double sensorLongMm, double sensorShortMm, int widthPx, int heightPx)
    {
        var landscape = widthPx >= heightPx;
        double imageLong = landscape ? widthPx : heightPx, imageShort = landscape ? heightPx : widthPx;
        var imageAspect = imageLong / imageShort;
        var sensorAspect = sensorLongMm / sensorShortMm;
        double coveredLong, coveredShort;
        if (imageAspect >= sensorAspect)
        {
            coveredLong = sensorLongMm;
            coveredShort = sensorLongMm / imageAspect;
        }
        else
        {
            coveredShort = sensorShortMm;
            coveredLong = sensorShortMm * imageAspect;
        }

        return landscape ? (coveredLong, coveredShort) : (coveredShort, coveredLong);
    }

    private static (double LongSide, string Note) LongSideFromDiagonal(double diagonal, int w, int h)
    {
        // The 35 mm equivalent refers to the sensor's native frame. A 16:9 photo is a crop of a 4:3 sensor's full
        // width (drone cameras shoot 16:9 that way); any other aspect is taken as the native one.
        var aspect = (double)Math.Max(w, h) / Math.Min(w, h);
        if (aspect is > 1.7 and < 1.8)
        {
            return (diagonal * 4 / 5, ", 16:9 photo taken as a full-width crop of a 4:3 sensor");
        }

        return (diagonal * aspect / Math.Sqrt(1 + (aspect * aspect)), string.Empty);
    }
}
