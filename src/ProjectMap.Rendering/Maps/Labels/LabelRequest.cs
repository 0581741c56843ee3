using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Labels;

/// <summary>A feature that wants a label.</summary>
/// <param name="Id">The caller's identifier (the project number).</param>
/// <param name="Priority">Higher places first (planned investment).</param>
/// <param name="Feature">The feature's symbol on the canvas; labels never cover it or another feature.</param>
/// <param name="Anchor">Where leader lines start (the symbol's centre, or an interior point of a parcel).</param>
/// <param name="FullSize">Size of the full label box.</param>
/// <param name="BadgeSize">Size of the number-only badge.</param>
/// <param name="MayBeInside">True when the full label may sit inside the feature (a large parcel), centred on <paramref name="Anchor"/>.</param>
public sealed record LabelRequest(int Id, double Priority, SKRect Feature, SKPoint Anchor, SKSize FullSize, SKSize BadgeSize, bool MayBeInside = false);
