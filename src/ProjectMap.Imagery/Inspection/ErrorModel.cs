namespace ProjectMap.Imagery.Inspection;

/// <summary>
/// The horizontal error model behind each photo's <c>accuracyM</c>: independent 1-σ error sources combined as a root
/// sum of squares at a ground point seen at off-nadir angle θ, horizontal distance r from the point under the camera,
/// from height h:
/// GNSS position σ_gnss; yaw r·σ_yaw; tilt (pitch/roll) h·σ_tilt/cos²θ; height (barometer drift and ground not level
/// with the take-off point) σ_h·tanθ; camera scale r·σ_scale (from the intrinsics' source).
/// The photo's figure is the largest over the image centre and its four corners.
/// </summary>
public sealed record ErrorModel
{
    /// <summary>GNSS horizontal 1-σ in metres without RTK (consumer drones: about 2 m).</summary>
    public double GnssSigmaM { get; init; } = 2.0;

    /// <summary>GNSS horizontal 1-σ in metres with an RTK float solution (DJI RtkFlag 32–49).</summary>
    public double RtkFloatSigmaM { get; init; } = 0.5;

    /// <summary>GNSS horizontal 1-σ in metres with a single-point/DGPS solution flagged by DJI RtkFlag 16.</summary>
    public double RtkSingleSigmaM { get; init; } = 1.5;

    /// <summary>Floor for a fixed RTK solution's reported standard deviation, in metres.</summary>
    public double RtkFixedFloorM { get; init; } = 0.02;

    /// <summary>Camera yaw 1-σ in degrees (compass-referenced gimbal heading).</summary>
    public double YawSigmaDeg { get; init; } = 2.0;

    /// <summary>Camera tilt (pitch and roll) 1-σ in degrees.</summary>
    public double TiltSigmaDeg { get; init; } = 1.0;

    /// <summary>Height above the ground plane 1-σ in metres (barometric drift, ground not level with take-off).</summary>
    public double HeightSigmaM { get; init; } = 1.0;

    /// <summary>The defaults above.</summary>
    public static ErrorModel Default { get; } = new();
}
