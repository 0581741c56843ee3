using ProjectMap.Domain.Time;
using ProjectMap.Web.Api;

namespace ProjectMap.Web.Ledger;

/// <summary>The <c>month=yyyy-MM</c> query parameter of the ledger and photo APIs.</summary>
public static class MonthQuery
{
    /// <summary>The month given, or <paramref name="fallback"/> when none is; null and an error result for a malformed month.</summary>
    public static (YearMonth Month, IResult? Error) Read(string? text, YearMonth fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (fallback, null);
        }

        return YearMonth.TryParse(text, out var month)
            ? (month, null)
            : (fallback, ApiErrors.Error(StatusCodes.Status400BadRequest, $"month '{text}' is not a month; write it as yyyy-MM, for example 2023-12", "bad-month"));
    }
}
