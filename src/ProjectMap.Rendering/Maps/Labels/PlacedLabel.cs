using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Labels;

/// <summary>Where a label went: its box, and a leader line from the feature when it stands off.</summary>
/// <param name="Id">The request's identifier.</param>
/// <param name="Kind">Full, number only, or omitted (then <paramref name="Box"/> is empty).</param>
/// <param name="Box">The label box on the canvas.</param>
/// <param name="Leader">The leader line (from the feature's edge to the box), or null when the label touches its feature.</param>
public sealed record PlacedLabel(int Id, LabelKind Kind, SKRect Box, (SKPoint From, SKPoint To)? Leader);
