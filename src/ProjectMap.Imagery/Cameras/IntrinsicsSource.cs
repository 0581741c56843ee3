namespace ProjectMap.Imagery.Cameras;

/// <summary>Where a photo's focal length in pixels came from, best first.</summary>
public enum IntrinsicsSource
{
    /// <summary>DJI CalibratedFocalLength and CalibratedOpticalCenterX/Y in pixels (enterprise models, factory calibration).</summary>
    Calibrated,

    /// <summary>EXIF FocalLength with FocalPlaneXResolution (pixels per unit of the sensor).</summary>
    FocalPlaneResolution,

    /// <summary>EXIF FocalLength with FocalLengthIn35mmFilm (the 43.27 mm diagonal of a 36 × 24 mm frame).</summary>
    Equivalent35mm,

    /// <summary>EXIF FocalLength with the sensor size of the camera model from <see cref="SensorTable"/>.</summary>
    SensorTable,
}
