namespace ProjectMap.Imagery.Cameras;

/// <summary>A camera model's sensor: the full active area in millimetres and the lens focal length when fixed.</summary>
/// <param name="Model">The EXIF Model string, e.g. FC300S.</param>
/// <param name="Description">The product, e.g. "DJI Phantom 3 Professional".</param>
/// <param name="WidthMm">Active sensor width in millimetres (long side).</param>
/// <param name="HeightMm">Active sensor height in millimetres (short side).</param>
/// <param name="Source">Where the size comes from.</param>
public sealed record SensorSpec(string Model, string Description, double WidthMm, double HeightMm, string Source);
