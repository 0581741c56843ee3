namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>Where a ray meets a solid: ray parameter, which solid and face, the outward normal (grid frame) and the position along the face.</summary>
/// <param name="T">Ray parameter of the hit.</param>
/// <param name="Solid">Box index (≥ 0) or −1 − tree index.</param>
/// <param name="IsTop">True for a box's top face.</param>
/// <param name="NormalE">Normal, east component.</param>
/// <param name="NormalN">Normal, north component.</param>
/// <param name="NormalUp">Normal, up component.</param>
/// <param name="AlongM">Distance along a side face from its corner in metres (for facade patterns).</param>
public readonly record struct SolidHit(double T, int Solid, bool IsTop, double NormalE, double NormalN, double NormalUp, double AlongM);
