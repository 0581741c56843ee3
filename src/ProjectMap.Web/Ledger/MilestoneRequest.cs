namespace ProjectMap.Web.Ledger;

/// <summary>
/// An officer's or admin's change of one milestone through the viewer. Dates are yyyy-MM-dd (Asia/Shanghai days);
/// fields left null are not changed. A reason is always required on the web (it is kept in the ledger's change log and
/// the audit log).
/// </summary>
/// <param name="Actual">The day the milestone was reached (not in the future).</param>
/// <param name="Planned">A new planned date.</param>
/// <param name="Forecast">A new forecast date.</param>
/// <param name="ClearActual">True to remove an actual date entered by mistake.</param>
/// <param name="ClearForecast">True to remove the forecast date.</param>
/// <param name="Reason">Why (原因 / 依据), 1 to 200 characters.</param>
public sealed record MilestoneRequest(string? Actual, string? Planned, string? Forecast, bool? ClearActual, bool? ClearForecast, string? Reason);
