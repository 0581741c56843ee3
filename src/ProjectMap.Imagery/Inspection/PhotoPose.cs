using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Cameras;

namespace ProjectMap.Imagery.Inspection;

/// <summary>Where the camera was and where it looked, as used for georeferencing, with the tags each part came from.</summary>
/// <param name="Position">Camera latitude/longitude in WGS84/CGCS2000 degrees.</param>
/// <param name="HeightAboveGroundM">Height of the camera above the ground plane in metres (relative altitude minus ground offset).</param>
/// <param name="Attitude">The camera attitude after the declination setting: yaw clockwise from true north, pitch −90 = down, roll + = right side down.</param>
/// <param name="PositionSource">Tags of the position.</param>
/// <param name="HeightSource">Tags of the height.</param>
/// <param name="AttitudeSource">Tags of the angles.</param>
/// <param name="GnssSigmaM">Horizontal 1-σ of the position in metres, from the RTK state or the error model.</param>
public sealed record PhotoPose(
    GeodeticPoint Position,
    double HeightAboveGroundM,
    CameraAttitude Attitude,
    string PositionSource,
    string HeightSource,
    string AttitudeSource,
    double GnssSigmaM);
