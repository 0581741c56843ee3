using System.Globalization;
using ProjectMap.Domain.Time;

namespace ProjectMap.Domain.Ledger;

/// <summary>
/// Makes new investment returns and annual plans for a ledger: the first amount of a period is a first entry; a
/// different amount for a period that has one is a correction naming the current entry (a reason is required);
/// the same amount again changes nothing.
/// </summary>
public static class InvestmentPlanner
{
    /// <summary>The entry recording <paramref name="amountWan"/> as the month's amount, or null when the month already has that amount.</summary>
    public static InvestmentEntry? Return(ProjectLedger ledger, YearMonth month, decimal amountWan, string reason, string by, DateTimeOffset recordedAt, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        LedgerValues.CheckAmount(amountWan, $"{ledger.Code} {month} investment");
        var head = CorrectionChain.Head(ledger.Investment, ledger.Code, month.ToString());
        if (head is not null && head.AmountWan == amountWan)
        {
            return null;
        }

        CheckCorrection(head?.AmountWan, head?.EffectiveAt, amountWan, reason, recordedAt, $"{ledger.Code} {month} investment", "recorded");
        return new InvestmentEntry
        {
            Id = id ?? Guid.NewGuid(),
            Code = ledger.Code,
            Month = month,
            AmountWan = amountWan,
            CorrectsId = head?.Id,
            Reason = reason.Trim(),
            RecordedBy = by,
            RecordedAt = recordedAt,
            EffectiveAt = EffectiveTime.OfInvestment(month, head is not null, recordedAt),
        };
    }

    /// <summary>The plan entry setting <paramref name="planWan"/> as the year's plan, or null when the year already has that plan.</summary>
    public static AnnualPlan? Plan(ProjectLedger ledger, int year, decimal planWan, string reason, string by, DateTimeOffset recordedAt, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        if (year is < 1900 or > 2999)
        {
            throw new LedgerRuleException(string.Create(CultureInfo.InvariantCulture, $"{ledger.Code}: year {year} is not a plausible plan year"), "year");
        }

        var label = string.Create(CultureInfo.InvariantCulture, $"{ledger.Code} {year} annual plan");
        LedgerValues.CheckAmount(planWan, label);
        var head = CorrectionChain.Head(ledger.AnnualPlans, ledger.Code, year.ToString(CultureInfo.InvariantCulture));
        if (head is not null && head.PlanWan == planWan)
        {
            return null;
        }

        CheckCorrection(head?.PlanWan, head?.EffectiveAt, planWan, reason, recordedAt, label, "set");
        return new AnnualPlan
        {
            Id = id ?? Guid.NewGuid(),
            Code = ledger.Code,
            Year = year,
            PlanWan = planWan,
            CorrectsId = head?.Id,
            Reason = reason.Trim(),
            RecordedBy = by,
            RecordedAt = recordedAt,
            EffectiveAt = EffectiveTime.OfAnnualPlan(head is not null, recordedAt),
        };
    }

    private static void CheckCorrection(decimal? oldAmount, DateTimeOffset? oldEffective, decimal amount, string reason, DateTimeOffset recordedAt, string label, string verb)
    {
        if (oldAmount is not { } old)
        {
            return;
        }

        var ic = CultureInfo.InvariantCulture;
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new LedgerRuleException(string.Create(ic, $"{label} changes from {old} to {amount} 万元: a correction needs a reason (原因)"), "reason");
        }

        if (recordedAt <= oldEffective)
        {
            throw new LedgerRuleException(string.Create(ic, $"{label}: the correction is {verb} at {LedgerValues.FormatInstant(recordedAt)}, not after the entry it corrects ({LedgerValues.FormatInstant(oldEffective!.Value)})"), "recordedAt");
        }
    }
}
