namespace ProjectMap.Web.Api;

/// <summary>
/// Which of the viewer's data sources this build has, so the browser shows what exists and says plainly what does not
/// (it never invents figures). The ledger, photos, imagery tiles and reports arrive with their own features.
/// </summary>
/// <param name="Ledger">Milestones, investment returns and status (正常/预警/滞后) are available.</param>
/// <param name="Photos">Drone photo footprints and originals are available.</param>
/// <param name="Tiles">Monthly imagery tiles are available.</param>
/// <param name="Reports">The monthly report can be downloaded.</param>
public sealed record ViewerCapabilities(bool Ledger, bool Photos, bool Tiles, bool Reports)
{
    /// <summary>What this build offers.</summary>
    public static ViewerCapabilities Current { get; } = new(Ledger: false, Photos: false, Tiles: false, Reports: false);
}
