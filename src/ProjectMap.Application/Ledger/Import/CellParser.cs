using System.Globalization;
using ProjectMap.Application.Ledger.Spreadsheets;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;
using ProjectMap.Domain.Units;

namespace ProjectMap.Application.Ledger.Import;

/// <summary>
/// Reads typed values from spreadsheet cells the way officers write them: XLSX date cells or text such as 2023-08-31,
/// 2023/8/31, 2023年8月31日; months as 2023-11, 2023年11月, 202311 or a date cell; amounts as numbers or text with
/// thousands separators and an optional 万/万元 or 亿/亿元 unit. Each method returns false with a sentence saying what is wrong.
/// </summary>
public static class CellParser
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm"];

    private static readonly string[] InstantFormats =
        ["yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy年M月d日 H:mm", "yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日"];

    /// <summary>A calendar day.</summary>
    public static bool TryDate(SheetCell cell, out DateOnly date, out string problem)
    {
        date = default;
        problem = string.Empty;
        if (cell.Number is { } n)
        {
            if (n is >= 1 and < 2958466)
            {
                date = DateOnly.FromDateTime(DateTime.FromOADate(n));
                return true;
            }

            problem = string.Create(Ic, $"{n} is not a date");
            return false;
        }

        var text = cell.Text?.Trim() ?? string.Empty;
        if (DateTime.TryParseExact(text, DateFormats, Ic, DateTimeStyles.None, out var dt))
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }

        problem = $"'{text}' is not a date; write it as 2023-08-31";
        return false;
    }

    /// <summary>A month.</summary>
    public static bool TryMonth(SheetCell cell, out YearMonth month, out string problem)
    {
        month = default;
        problem = string.Empty;
        if (cell.Number is { } n)
        {
            if (n == Math.Floor(n) && n is >= 190001 and <= 299912 && n % 100 is >= 1 and <= 12)
            {
                month = new YearMonth((int)(n / 100), (int)(n % 100));
                return true;
            }

            if (n is >= 1 and < 2958466)
            {
                month = YearMonth.Of(DateOnly.FromDateTime(DateTime.FromOADate(n)));
                return true;
            }
        }

        var text = (cell.Text ?? string.Empty).Trim();
        if (YearMonth.TryParse(text, out month))
        {
            return true;
        }

        if (DateTime.TryParseExact(text, ["yyyy年M月", "yyyy.M", "yyyy-MM-dd", "yyyy/M/d", "yyyy年M月d日"], Ic, DateTimeStyles.None, out var dt))
        {
            month = new YearMonth(dt.Year, dt.Month);
            return true;
        }

        problem = $"'{text}' is not a month; write it as 2023-11";
        return false;
    }

    /// <summary>An amount in 万元 (text may say 万, 万元, 亿 or 亿元; 亿 is multiplied by 10,000).</summary>
    public static bool TryAmountWan(SheetCell cell, out decimal amount, out string problem)
    {
        amount = 0;
        problem = string.Empty;
        if (cell.Number is { } n)
        {
            if (Math.Abs(n) < 1e15)
            {
                amount = decimal.Round((decimal)n, 6);
                return true;
            }

            problem = string.Create(Ic, $"{n} is not an amount");
            return false;
        }

        var text = (cell.Text ?? string.Empty).Trim().Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        var factor = 1m;
        foreach (var (unit, f) in new[] { ("亿元", MoneyUnits.WanPerYi), ("亿", MoneyUnits.WanPerYi), ("万元", 1m), ("万", 1m) })
        {
            if (text.EndsWith(unit, StringComparison.Ordinal))
            {
                text = text[..^unit.Length];
                factor = f;
                break;
            }
        }

        if (decimal.TryParse(text, NumberStyles.Number, Ic, out var d))
        {
            amount = d * factor;
            return true;
        }

        problem = $"'{cell.Text}' is not an amount in 万元";
        return false;
    }

    /// <summary>A decimal number (weights).</summary>
    public static bool TryDecimal(SheetCell cell, out decimal value, out string problem)
    {
        problem = string.Empty;
        if (cell.Number is { } n && Math.Abs(n) < 1e15)
        {
            value = decimal.Round((decimal)n, 6);
            return true;
        }

        if (decimal.TryParse((cell.Text ?? string.Empty).Trim(), NumberStyles.Number, Ic, out value))
        {
            return true;
        }

        problem = $"'{cell.Text}' is not a number";
        return false;
    }

    /// <summary>A whole year such as 2023.</summary>
    public static bool TryYear(SheetCell cell, out int year, out string problem)
    {
        year = 0;
        problem = string.Empty;
        if (cell.Number is { } n && n == Math.Floor(n) && n is >= 1900 and <= 2999)
        {
            year = (int)n;
            return true;
        }

        var text = (cell.Text ?? string.Empty).Trim().TrimEnd('年');
        if (int.TryParse(text, NumberStyles.None, Ic, out year) && year is >= 1900 and <= 2999)
        {
            return true;
        }

        problem = $"'{cell.Text}' is not a year such as 2023";
        return false;
    }

    /// <summary>Yes or no: 是/否, 适用/不适用, yes/no, y/n, true/false, 1/0, √/×.</summary>
    public static bool TryBool(SheetCell cell, out bool value, out string problem)
    {
        problem = string.Empty;
        var text = (cell.Text ?? string.Empty).Trim().ToLowerInvariant();
        switch (text)
        {
            case "是" or "适用" or "yes" or "y" or "true" or "1" or "√":
                value = true;
                return true;
            case "否" or "不适用" or "no" or "n" or "false" or "0" or "×" or "x":
                value = false;
                return true;
            default:
                value = false;
                problem = $"'{cell.Text}' is not yes or no; write 是 or 否";
                return false;
        }
    }

    /// <summary>An instant; text or date cells without a zone are Asia/Shanghai time, a date alone is 00:00 that day.</summary>
    public static bool TryInstant(SheetCell cell, out DateTimeOffset instant, out string problem)
    {
        instant = default;
        problem = string.Empty;
        DateTime local;
        if (cell.Number is { } n && n is >= 1 and < 2958466)
        {
            local = DateTime.FromOADate(n);
        }
        else
        {
            var text = (cell.Text ?? string.Empty).Trim();
            if (text.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(text, Ic, DateTimeStyles.None, out instant))
            {
                return true;
            }

            if (!DateTime.TryParseExact(text, InstantFormats, Ic, DateTimeStyles.None, out local))
            {
                problem = $"'{text}' is not a time; write it as 2023-08-20 10:30";
                return false;
            }
        }

        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        instant = new DateTimeOffset(unspecified, DistrictTime.Zone.GetUtcOffset(unspecified));
        return true;
    }

    /// <summary>A milestone field name: 计划日期/planned, 预计日期/forecast, 实际日期/actual, 权重/weight, 适用/applicable.</summary>
    public static bool TryField(SheetCell cell, out MilestoneField field, out string problem)
    {
        problem = string.Empty;
        var text = (cell.Text ?? string.Empty).Trim();
        MilestoneField? found = LedgerHeaders.Match(text) switch
        {
            LedgerColumn.Planned => MilestoneField.Planned,
            LedgerColumn.Forecast => MilestoneField.Forecast,
            LedgerColumn.Actual => MilestoneField.Actual,
            LedgerColumn.Weight => MilestoneField.Weight,
            LedgerColumn.Applicable => MilestoneField.Applicable,
            _ => Enum.GetNames<MilestoneField>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<MilestoneField>(name) : null,
        };
        field = found ?? default;
        if (found is null)
        {
            problem = $"'{text}' is not a milestone field; write 计划日期, 预计日期, 实际日期, 权重 or 适用";
        }

        return found is not null;
    }
}
