using ProjectMap.Geodesy.Points;
using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>A marker painted on the ground at a known point, so tests and officers can check where a photo puts it.</summary>
/// <param name="Name">Identifier, for example GCP-1.</param>
/// <param name="Position">Its centre, CGCS2000 latitude/longitude in degrees.</param>
/// <param name="Kind">How it is painted.</param>
/// <param name="SizeM">Side (checker) or diameter (disc) in metres.</param>
/// <param name="Colour">Disc colour (ignored for checkers).</param>
public sealed record GroundMarker(string Name, GeodeticPoint Position, MarkerKind Kind, double SizeM, SKColor Colour);
