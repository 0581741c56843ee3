using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Styles;

/// <summary>One class of the progress ramp: values from <see cref="FromPct"/> (inclusive) to <see cref="ToPct"/> (exclusive, except the last class).</summary>
/// <param name="FromPct">Lower bound in percent.</param>
/// <param name="ToPct">Upper bound in percent.</param>
/// <param name="Fill">Fill colour.</param>
/// <param name="LabelZh">Legend label in Chinese.</param>
/// <param name="LabelEn">Legend label in English.</param>
public sealed record ProgressClass(double FromPct, double ToPct, SKColor Fill, string LabelZh, string LabelEn)
{
    /// <summary>The legend label in a language.</summary>
    public string Label(bool english) => english ? LabelEn : LabelZh;
}
