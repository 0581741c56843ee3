namespace ProjectMap.Imagery.Cameras;

/// <summary>
/// Sensor sizes of common drone cameras by EXIF Model, the last resort for intrinsics. Sizes are the nominal active
/// areas of the optical formats the makers state in their published specifications: 1/2.3" = 6.17 × 4.55 mm,
/// 1/2" = 6.4 × 4.8 mm, 1/1.3" = 9.6 × 7.2 mm, 1" = 13.2 × 8.8 mm, 4/3" = 17.3 × 13.0 mm, full frame = 35.9 × 24.0 mm.
/// A camera's exact active area can differ from the nominal format by about 1 %, which the error model allows for.
/// </summary>
public static class SensorTable
{
    private const string DjiSpec = "DJI product specifications (sensor format); nominal size of that format";

    private static readonly Dictionary<string, SensorSpec> Models = new SensorSpec[]
    {
        new("FC300S", "DJI Phantom 3 Professional", 6.17, 4.55, DjiSpec + " (1/2.3\")"),
        new("FC300X", "DJI Phantom 3 Advanced", 6.17, 4.55, DjiSpec + " (1/2.3\")"),
        new("FC300C", "DJI Phantom 3 Standard", 6.17, 4.55, DjiSpec + " (1/2.3\")"),
        new("FC330", "DJI Phantom 4", 6.17, 4.55, DjiSpec + " (1/2.3\")"),
        new("FC220", "DJI Mavic Pro", 6.17, 4.55, DjiSpec + " (1/2.3\")"),
        new("FC2103", "DJI Mavic Air", 6.17, 4.55, DjiSpec + " (1/2.3\")"),
        new("FC7203", "DJI Mavic Mini", 6.17, 4.55, DjiSpec + " (1/2.3\")"),
        new("FC7303", "DJI Mini 2", 6.17, 4.55, DjiSpec + " (1/2.3\")"),
        new("FC3170", "DJI Mavic Air 2", 6.4, 4.8, DjiSpec + " (1/2\")"),
        new("FC3582", "DJI Mini 3 Pro", 9.6, 7.2, DjiSpec + " (1/1.3\")"),
        new("FC8482", "DJI Mini 4 Pro", 9.6, 7.2, DjiSpec + " (1/1.3\")"),
        new("FC6310", "DJI Phantom 4 Pro", 13.2, 8.8, DjiSpec + " (1\")"),
        new("FC6310S", "DJI Phantom 4 Pro V2.0", 13.2, 8.8, DjiSpec + " (1\")"),
        new("FC6310R", "DJI Phantom 4 RTK", 13.2, 8.8, DjiSpec + " (1\")"),
        new("FC3411", "DJI Air 2S", 13.2, 8.8, DjiSpec + " (1\")"),
        new("L1D-20c", "DJI Mavic 2 Pro (Hasselblad)", 13.2, 8.8, DjiSpec + " (1\")"),
        new("FC6520", "DJI Zenmuse X5S", 17.3, 13.0, DjiSpec + " (4/3\")"),
        new("L2D-20c", "DJI Mavic 3 (Hasselblad)", 17.3, 13.0, DjiSpec + " (4/3\")"),
        new("M3E", "DJI Mavic 3 Enterprise", 17.3, 13.0, DjiSpec + " (4/3\")"),
        new("ZenmuseP1", "DJI Zenmuse P1", 35.9, 24.0, DjiSpec + " (full frame 35.9 × 24 mm)"),
    }.ToDictionary(s => s.Model, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every model in the table.</summary>
    public static IReadOnlyCollection<SensorSpec> All => Models.Values;

    /// <summary>The sensor of an EXIF Model string (case-insensitive, trimmed), or null when the model is not in the table.</summary>
    public static SensorSpec? Find(string? model) =>
        model is not null && Models.TryGetValue(model.Trim(), out var spec) ? spec : null;
}
