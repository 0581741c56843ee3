namespace ProjectMap.Imagery.Correction;

/// <summary>A control pair: a pixel of the photo and the ground point an officer knows it shows.</summary>
/// <param name="Column">Pixel column (origin top-left of the stored image, right).</param>
/// <param name="Row">Pixel row (down).</param>
/// <param name="EastM">The known ground point, east in metres in the photo's local ground frame.</param>
/// <param name="NorthM">The known ground point, north in metres in the photo's local ground frame.</param>
public readonly record struct ControlPair(double Column, double Row, double EastM, double NorthM);
