namespace ProjectMap.Domain.Ledger;

/// <summary>
/// One step of a milestone template, for example 主体结构封顶 (structure topped out). Steps are ordered by their
/// position in the template; the stage of a project is the last step in that order whose actual date has passed.
/// </summary>
/// <param name="Key">Stable ASCII identifier such as <c>topping-out</c>; used in files and on the command line.</param>
/// <param name="NameZh">Chinese name, for example 主体结构封顶.</param>
/// <param name="NameEn">English name, for example "Structure topped out".</param>
/// <param name="Weight">Share of schedule progress the step is worth, in points (the default chain sums to 100).</param>
public sealed record MilestoneStep(string Key, string NameZh, string NameEn, decimal Weight)
{
    /// <summary>The name to show: English when asked for, Chinese otherwise.</summary>
    public string Name(bool english) => english ? NameEn : NameZh;

    /// <summary>True when <paramref name="text"/> names this step by key, Chinese or English name (case and surrounding spaces ignored).</summary>
    public bool IsNamed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        return string.Equals(t, Key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(t, NameZh, StringComparison.Ordinal)
            || string.Equals(t, NameEn, StringComparison.OrdinalIgnoreCase);
    }
}
