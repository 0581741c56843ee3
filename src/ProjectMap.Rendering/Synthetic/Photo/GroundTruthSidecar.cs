using System.Globalization;
using System.Text.Json;
using ProjectMap.Domain.Time;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Rendering.Synthetic.Scene;
using ProjectMap.Rendering.Synthetic.Timeline;

namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>
/// The sidecar JSON beside each synthetic photo: the true pose and intrinsics, and the true ground coordinates
/// (CGCS2000 latitude/longitude and Gauss-Kruger grid) of the four image corners, the centre and every ground marker,
/// computed with the camera core from the exact pose the photo was rendered with; plus the precision of the metadata
/// and the footprint error that precision would imply for an unsnapped pose.
/// </summary>
public static class GroundTruthSidecar
{
    /// <summary>The sidecar format's version.</summary>
    public const int FormatVersion = 1;

    /// <summary>Builds the sidecar JSON (UTF-8, indented, deterministic).</summary>
    public static byte[] Create(DistrictWorld world, SyntheticShot shot, ShotPose pose, RenderedPhoto photo)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(shot);
        ArgumentNullException.ThrowIfNull(pose);
        ArgumentNullException.ThrowIfNull(photo);
        var geo = photo.Georeference;
        var cam = geo.Camera;
        var project = world.SiteOf(shot.Project).Project;
        var timeline = world.TimelineOf(shot.Project);
        var date = DateOnly.FromDateTime(pose.CapturedAtLocal);
        var offset = DistrictTime.Zone.GetUtcOffset(pose.CapturedAtLocal);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("formatVersion", FormatVersion);
            w.WriteString("file", shot.FileStem + ".JPG");
            w.WriteBoolean("synthetic", true);
            w.WriteString("note", "Synthetic drone photo rendered by ProjectMap from an invented scene; the pose and ground coordinates below are exact for it.");
            w.WriteString("shotKind", shot.Kind);
            w.WriteStartObject("project");
            w.WriteString("code", project.Code.Value);
            w.WriteString("name", project.NameZh);
            w.WriteEndObject();
            w.WriteString("capturedAtLocal", pose.CapturedAtLocal.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            w.WriteString("timeZone", DistrictTime.DefaultZoneId);
            w.WriteString("capturedAtUtc", new DateTimeOffset(pose.CapturedAtLocal, offset).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));

            w.WriteStartObject("camera");
            w.WriteString("make", shot.Camera.Make);
            w.WriteString("model", shot.Camera.Model);
            w.WriteString("product", shot.Camera.Product);
            w.WriteNumber("sensorWidthMm", shot.Camera.SensorWidthMm);
            w.WriteNumber("sensorHeightMm", shot.Camera.SensorHeightMm);
            w.WriteNumber("focalLengthMm", shot.Camera.FocalLengthMm);
            w.WriteNumber("focalLength35mm", shot.Camera.FocalLength35mm);
            w.WriteNumber("widthPx", cam.WidthPx);
            w.WriteNumber("heightPx", cam.HeightPx);
            w.WriteNumber("focalLengthPx", cam.FocalLengthPx);
            w.WriteNumber("principalPointXPx", cam.PrincipalPointXPx);
            w.WriteNumber("principalPointYPx", cam.PrincipalPointYPx);
            w.WriteString("projection", "ideal pinhole, square pixels, no distortion; pixel (0,0) = top-left corner, column right, row down");
            w.WriteEndObject();

            w.WriteStartObject("pose");
            w.WriteNumber("latitudeDeg", pose.LatitudeDeg);
            w.WriteNumber("longitudeDeg", pose.LongitudeDeg);
            w.WriteNumber("relativeAltitudeM", pose.RelativeAltitudeM);
            w.WriteNumber("takeoffAltitudeM", pose.TakeoffAltitudeM);
            w.WriteNumber("absoluteAltitudeM", pose.AbsoluteAltitudeM);
            w.WriteNumber("groundHeightAboveTakeoffM", 0);
            w.WriteNumber("heightAboveGroundM", geo.HeightAboveGroundM);
            w.WriteNumber("gimbalYawDeg", pose.Gimbal.YawDeg);
            w.WriteNumber("gimbalPitchDeg", pose.Gimbal.PitchDeg);
            w.WriteNumber("gimbalRollDeg", pose.Gimbal.RollDeg);
            w.WriteNumber("flightYawDeg", pose.FlightYawDeg);
            w.WriteNumber("flightPitchDeg", pose.FlightPitchDeg);
            w.WriteNumber("flightRollDeg", pose.FlightRollDeg);
            w.WriteString("conventions", "CGCS2000/WGS84 degrees; yaw clockwise from true north; pitch -90 = straight down; roll + = right side down; Z-Y-X in NED; flat ground at take-off level");
            w.WriteEndObject();

            w.WriteStartObject("grid");
            w.WriteNumber("epsg", geo.Frame.Zone.Epsg);
            w.WriteString("name", geo.Frame.Zone.ToString());
            w.WriteString("axes", "eastingM, northingM (EPSG order is northing, easting)");
            w.WriteNumber("cameraEastingM", geo.Frame.OriginGrid.EastingM);
            w.WriteNumber("cameraNorthingM", geo.Frame.OriginGrid.NorthingM);
            w.WriteEndObject();

            w.WriteStartArray("corners");
            foreach (var (name, col, row) in Corners(cam))
            {
                WritePoint(w, geo, name, col, row);
            }

            w.WriteEndArray();
            w.WritePropertyName("centre");
            WritePoint(w, geo, "centre", cam.WidthPx / 2.0, cam.HeightPx / 2.0);
            w.WriteNumber("gsdCentreM", geo.GroundSampleDistanceAtCentreM());

            w.WriteStartArray("markers");
            foreach (var marker in shot.Markers)
            {
                var g = world.GridOf(marker);
                var visible = geo.TryGroundToPixel(marker.Position, out var c, out var r);
                w.WriteStartObject();
                w.WriteString("name", marker.Name);
                w.WriteString("kind", marker.Kind.ToString());
                w.WriteNumber("sizeM", marker.SizeM);
                w.WriteNumber("latitudeDeg", marker.Position.LatitudeDeg);
                w.WriteNumber("longitudeDeg", marker.Position.LongitudeDeg);
                w.WriteNumber("eastingM", g.X);
                w.WriteNumber("northingM", g.Y);
                if (visible)
                {
                    w.WriteNumber("col", c);
                    w.WriteNumber("row", r);
                }

                w.WriteBoolean("inImage", visible && c >= 0 && r >= 0 && c < cam.WidthPx && r < cam.HeightPx);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartObject("scene");
            w.WriteString("timelineSource", timeline.Source);
            w.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("stage", timeline.StageAt(date)?.NameZh() ?? "未开工");
            w.WriteStartArray("milestonesReached");
            foreach (var (milestone, dates) in timeline.Dates.Where(p => timeline.IsReached(p.Key, date)))
            {
                w.WriteStartObject();
                w.WriteString("milestone", milestone.NameZh());
                w.WriteString("date", dates.Actual!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();

            w.WriteStartObject("sun");
            w.WriteNumber("azimuthDeg", Math.Round(photo.Sun.AzimuthDeg, 3));
            w.WriteNumber("elevationDeg", Math.Round(photo.Sun.ElevationDeg, 3));
            w.WriteEndObject();

            w.WriteStartObject("metadataPrecision");
            w.WriteNumber("positionDeg", ShotPose.PositionQuantumDeg);
            w.WriteNumber("altitudeM", ShotPose.AltitudeQuantumM);
            w.WriteNumber("angleDeg", ShotPose.AngleQuantumDeg);
            w.WriteBoolean("poseSnappedToPrecision", true);
            w.WriteNumber("worstCornerShiftForHalfQuantumM", Math.Round(WorstCornerShift(geo, pose), 4));
            w.WriteString("explanation", "The pose was snapped to the written precision before rendering, so the metadata reproduces it exactly; worstCornerShiftForHalfQuantumM bounds how far the corners would move if every value were off by half its quantum (for an unsnapped pose).");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The image corners in order top-left, top-right, bottom-right, bottom-left, as pixel positions on the image border.</summary>
    public static IReadOnlyList<(string Name, double Col, double Row)> Corners(PinholeCamera camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        return [("topLeft", 0, 0), ("topRight", camera.WidthPx, 0), ("bottomRight", camera.WidthPx, camera.HeightPx), ("bottomLeft", 0, camera.HeightPx)];
    }

    /// <summary>
    /// An upper bound in metres on how far any image corner moves on the ground when latitude, longitude, relative
    /// altitude and the three gimbal angles are each off by half their metadata quantum (sum of the individual worst moves).
    /// </summary>
    public static double WorstCornerShift(PhotoGeoreference geo, ShotPose pose)
    {
        ArgumentNullException.ThrowIfNull(geo);
        ArgumentNullException.ThrowIfNull(pose);
        var baseCorners = CornerGrid(geo);
        var total = 0.0;
        var halfPos = ShotPose.PositionQuantumDeg / 2;
        var halfAlt = ShotPose.AltitudeQuantumM / 2;
        var halfAng = ShotPose.AngleQuantumDeg / 2;
        var a = pose.Gimbal;
        (double dLat, double dLon, double dH, CameraAttitude att)[] perturbations =
        [
            (halfPos, 0, 0, a), (0, halfPos, 0, a), (0, 0, halfAlt, a),
            (0, 0, 0, a with { YawDeg = a.YawDeg + halfAng }),
            (0, 0, 0, a with { PitchDeg = Math.Max(-90, a.PitchDeg - halfAng) }),
            (0, 0, 0, a with { PitchDeg = Math.Min(90, a.PitchDeg + halfAng) }),
            (0, 0, 0, a with { RollDeg = a.RollDeg + halfAng }),
        ];
        foreach (var (dLat, dLon, dH, att) in perturbations)
        {
            var moved = new PhotoGeoreference(geo.Camera, new GeodeticPoint(pose.LatitudeDeg + dLat, pose.LongitudeDeg + dLon), geo.HeightAboveGroundM + dH, att, geo.MaxGroundDistanceM);
            var corners = CornerGrid(moved);
            var worst = 0.0;
            for (var i = 0; i < corners.Length; i++)
            {
                if (double.IsFinite(corners[i].E) && double.IsFinite(baseCorners[i].E))
                {
                    worst = Math.Max(worst, Math.Sqrt(Math.Pow(corners[i].E - baseCorners[i].E, 2) + Math.Pow(corners[i].N - baseCorners[i].N, 2)));
                }
            }

            total += worst;
        }

        return total;
    }

    private static (double E, double N)[] CornerGrid(PhotoGeoreference geo) =>
        Corners(geo.Camera).Select(c =>
        {
            if (!geo.TryPixelToLocal(c.Col, c.Row, out var e, out var n))
            {
                return (double.NaN, double.NaN);
            }

            return geo.Frame.EnuToGrid.Apply(e, n);
        }).ToArray();

    private static void WritePoint(Utf8JsonWriter w, PhotoGeoreference geo, string name, double col, double row)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteNumber("col", col);
        w.WriteNumber("row", row);
        if (geo.TryPixelToLocal(col, row, out var e, out var n))
        {
            var ground = geo.Frame.ToGeodetic(e, n);
            var (ge, gn) = geo.Frame.EnuToGrid.Apply(e, n);
            w.WriteNumber("latitudeDeg", ground.LatitudeDeg);
            w.WriteNumber("longitudeDeg", ground.LongitudeDeg);
            w.WriteNumber("eastingM", ge);
            w.WriteNumber("northingM", gn);
            w.WriteNumber("eastOfCameraM", e);
            w.WriteNumber("northOfCameraM", n);
            w.WriteBoolean("aboveHorizon", false);
        }
        else
        {
            w.WriteBoolean("aboveHorizon", true);
        }

        w.WriteEndObject();
    }
}
