using System.Globalization;

namespace ProjectMap.Domain.Ledger;

/// <summary>
/// The editable chain of milestone steps a project's milestones are created from. The default is the usual chain of
/// a district key project: 签约 5, 供地 10, 开工 15, 主体结构封顶 25, 内部装修 15, 设备安装调试 15, 竣工验收 10, 投产 5
/// (weights in points, summing to 100). A project copies the steps and their weights when its ledger is first
/// written, so later template edits never change an existing project's figures.
/// </summary>
public sealed record MilestoneTemplate
{
    /// <summary>Creates a template; throws <see cref="LedgerRuleException"/> when keys or names repeat, a key is not ASCII, or a weight is negative.</summary>
    public MilestoneTemplate(IReadOnlyList<MilestoneStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        Validate(steps);
        Steps = steps;
    }

    /// <summary>The default chain with the weights above.</summary>
    public static MilestoneTemplate Default { get; } = new(
    [
        new("signing", "签约", "Contract signed", 5m),
        new("land", "供地", "Land supplied", 10m),
        new("start", "开工", "Construction started", 15m),
        new("topping-out", "主体结构封顶", "Structure topped out", 25m),
        new("fit-out", "内部装修", "Interior fit-out", 15m),
        new("commissioning", "设备安装调试", "Equipment installation and commissioning", 15m),
        new("acceptance", "竣工验收", "Completion acceptance", 10m),
        new("production", "投产", "Production started", 5m),
    ]);

    /// <summary>The steps in chain order.</summary>
    public IReadOnlyList<MilestoneStep> Steps { get; }

    /// <summary>Sum of the step weights in points.</summary>
    public decimal TotalWeight => Steps.Sum(s => s.Weight);

    /// <summary>The step named by key, Chinese or English name, or null.</summary>
    public MilestoneStep? Find(string? name) => string.IsNullOrWhiteSpace(name) ? null : Steps.FirstOrDefault(s => s.IsNamed(name));

    /// <summary>The 0-based position of a step key in the chain, or -1.</summary>
    public int IndexOf(string key) => Steps.ToList().FindIndex(s => s.Key == key);

    /// <summary>A copy with <paramref name="step"/> replacing the step of the same key, or added at <paramref name="position"/> (0-based; default: end).</summary>
    public MilestoneTemplate With(MilestoneStep step, int? position = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        var list = Steps.ToList();
        var index = list.FindIndex(s => s.Key == step.Key);
        if (index >= 0)
        {
            list.RemoveAt(index);
        }

        var at = position ?? (index >= 0 ? index : list.Count);
        list.Insert(Math.Clamp(at, 0, list.Count), step);
        return new MilestoneTemplate(list);
    }

    /// <summary>A copy without the step of a key; throws <see cref="LedgerRuleException"/> when there is none.</summary>
    public MilestoneTemplate Without(string key)
    {
        var list = Steps.Where(s => s.Key != key).ToList();
        return list.Count == Steps.Count ? throw new LedgerRuleException($"the template has no step '{key}'") : new MilestoneTemplate(list);
    }

    /// <inheritdoc />
    public bool Equals(MilestoneTemplate? other) => other is not null && Steps.SequenceEqual(other.Steps);

    /// <inheritdoc />
    public override int GetHashCode() => Steps.Aggregate(0, (h, s) => HashCode.Combine(h, s));

    private static void Validate(IReadOnlyList<MilestoneStep> steps)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in steps)
        {
            if (string.IsNullOrWhiteSpace(s.Key) || !s.Key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw new LedgerRuleException($"milestone key '{s.Key}' must be ASCII letters, digits, '-' or '_'");
            }

            if (string.IsNullOrWhiteSpace(s.NameZh) || string.IsNullOrWhiteSpace(s.NameEn))
            {
                throw new LedgerRuleException($"milestone '{s.Key}' needs a Chinese and an English name");
            }

            if (s.Weight < 0 || s.Weight > 100)
            {
                throw new LedgerRuleException(string.Create(CultureInfo.InvariantCulture, $"milestone '{s.Key}' weight {s.Weight} is outside 0..100 points"));
            }

            if (!keys.Add(s.Key) || !names.Add(s.NameZh) || !names.Add(s.NameEn))
            {
                throw new LedgerRuleException($"milestone '{s.Key}' ({s.NameZh}, {s.NameEn}) repeats a key or name of another step");
            }
        }
    }
}
