using System.Globalization;
using System.Text.Json.Nodes;
using ProjectMap.Application.Serialization;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Time;

namespace ProjectMap.Web.Photos;

/// <summary>
/// Stored photos as GeoJSON features: the footprint polygon (RFC 7946 lon/lat, CGCS2000 ≈ WGS84 to the centimetre) with
/// the photo's identity, capture time (Asia/Shanghai, with its offset), filing and pose as properties, in camelCase for the viewer's API or snake_case
/// for the OGC API. Angles: yaw degrees clockwise from true north, pitch −90 = straight down, roll + = right side down.
/// </summary>
public static class PhotoFeatures
{
    /// <summary>A feature with id = the photo's SHA-256.</summary>
    public static JsonObject Feature(StoredPhoto photo, bool snakeCase)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var properties = new JsonObject();
        void Add(string snake, string camel, JsonNode? value) => properties[snakeCase ? snake : camel] = value;
        Add("sha256", "sha256", photo.Sha256);
        Add("file_name", "fileName", photo.FileName);
        Add("captured_at", "capturedAt", photo.CapturedAt is { } at ? TimeZoneInfo.ConvertTime(at, DistrictTime.Zone).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) : null);
        Add("month", "month", photo.Month?.ToString());
        Add("project_code", "projectCode", photo.ProjectCode);
        Add("status", "status", photo.Status);
        Add("warnings", "warnings", snakeCase ? string.Join("; ", photo.Warnings) : new JsonArray([.. photo.Warnings.Select(w => (JsonNode)w)]));
        Add("make", "make", photo.Make);
        Add("model", "model", photo.Model);
        Add("height_above_ground_m", "heightAboveGroundM", Math.Round(photo.HeightAboveGroundM, 2));
        Add("yaw_deg", "yawDeg", Math.Round(photo.YawDeg, 2));
        Add("pitch_deg", "pitchDeg", Math.Round(photo.PitchDeg, 2));
        Add("roll_deg", "rollDeg", Math.Round(photo.RollDeg, 2));
        Add("gsd_cm", "gsdCm", Math.Round(photo.GsdCm, 2));
        Add("accuracy_m", "accuracyM", Math.Round(photo.AccuracyM, 2));
        Add("width_px", "widthPx", photo.WidthPx);
        Add("height_px", "heightPx", photo.HeightPx);
        Add("size_bytes", "sizeBytes", photo.SizeBytes);
        Add("camera_lon", "cameraLon", photo.LongitudeDeg);
        Add("camera_lat", "cameraLat", photo.LatitudeDeg);
        Add("ingested_at", "ingestedAt", photo.IngestedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        return new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = photo.Sha256,
            ["geometry"] = JsonNode.Parse(GeoJson.Write(photo.Footprint)),
            ["properties"] = properties,
        };
    }

    /// <summary>A FeatureCollection of photos.</summary>
    public static JsonObject Collection(IEnumerable<StoredPhoto> photos, bool snakeCase) => new()
    {
        ["type"] = "FeatureCollection",
        ["features"] = new JsonArray([.. photos.Select(p => (JsonNode)Feature(p, snakeCase))]),
    };
}
