using ProjectMap.Domain.Projects;

namespace ProjectMap.Domain.Ledger;

/// <summary>
/// One recorded change of one milestone field: who, when, old and new value and why. The change log is append-only;
/// a milestone's state at any instant is its baseline with every change effective by then applied in order.
/// </summary>
public sealed record MilestoneChange
{
    /// <summary>The project.</summary>
    public required ProjectCode Code { get; init; }

    /// <summary>The milestone's step key.</summary>
    public required string StepKey { get; init; }

    /// <summary>The field changed.</summary>
    public required MilestoneField Field { get; init; }

    /// <summary>The value before, in <see cref="LedgerValues"/> text form, or null when unset.</summary>
    public string? OldValue { get; init; }

    /// <summary>The value after, in <see cref="LedgerValues"/> text form, or null when cleared.</summary>
    public string? NewValue { get; init; }

    /// <summary>Why (required when a planned date moves); empty when none was given.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Who recorded the change (an officer's name or account).</summary>
    public required string ChangedBy { get; init; }

    /// <summary>When the change was recorded.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>From when "as of" figures see the change; see <see cref="EffectiveTime"/> for the rule.</summary>
    public required DateTimeOffset EffectiveAt { get; init; }
}
