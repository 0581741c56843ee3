namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>The weather and camera settings that make a shot look like a photo.</summary>
/// <param name="VisibilityM">Meteorological visibility in metres (haze grows with distance: transmission e^(−range/visibility)).</param>
/// <param name="SunStrength">Direct sun relative to a clear day (1 = clear, 0.3 = thin overcast).</param>
/// <param name="ExposureBias">Exposure multiplier around the metered value (1 = metered).</param>
/// <param name="NoiseSigma">Sensor noise standard deviation in 8-bit code values.</param>
public sealed record ShotLook(double VisibilityM = 9000, double SunStrength = 1, double ExposureBias = 1, double NoiseSigma = 1.4);
