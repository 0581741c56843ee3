namespace ProjectMap.Imagery.Cameras;

/// <summary>A photo's camera model and where it came from.</summary>
/// <param name="Camera">The pinhole camera for the stored image.</param>
/// <param name="Source">Which metadata gave the focal length in pixels.</param>
/// <param name="SourceDetail">The tags used, in words.</param>
/// <param name="FocalLengthMm">The lens focal length in millimetres, when known.</param>
/// <param name="SensorWidthMm">Width of the sensor area the stored image covers, in millimetres, when known.</param>
/// <param name="SensorHeightMm">Height of the sensor area the stored image covers, in millimetres, when known.</param>
/// <param name="RelativeScaleUncertainty">The 1-σ relative uncertainty of the focal length in pixels (e.g. 0.01 = 1 %), for the error model.</param>
public sealed record CameraIntrinsics(
    PinholeCamera Camera,
    IntrinsicsSource Source,
    string SourceDetail,
    double? FocalLengthMm,
    double? SensorWidthMm,
    double? SensorHeightMm,
    double RelativeScaleUncertainty);
