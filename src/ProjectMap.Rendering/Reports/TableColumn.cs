using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>A column of a drawn table: header text, width in points, and how its cells align.</summary>
/// <param name="Header">Header text (may wrap).</param>
/// <param name="Width">Width in points.</param>
/// <param name="Align">Cell alignment.</param>
public sealed record TableColumn(string Header, float Width, SKTextAlign Align = SKTextAlign.Left);
