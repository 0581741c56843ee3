namespace ProjectMap.Web.Api;

/// <summary>
/// Which of the viewer's data sources this server offers, so the browser shows what exists and says plainly what does
/// not (it never invents figures).
/// </summary>
/// <param name="Ledger">Milestones, investment returns and status (正常/预警/滞后) are available (always, with the ledger in every store).</param>
/// <param name="Photos">Drone photo footprints are available (always: they are in the store).</param>
/// <param name="PhotoFiles">Original photos can be opened and uploads received (the server was given the photo folder).</param>
/// <param name="Tiles">Monthly imagery tiles can be served (the server was given a tiles folder; <c>/api/tiles</c> lists the pyramids in it).</param>
/// <param name="Reports">The monthly report can be downloaded (the server was given a report writer).</param>
public sealed record ViewerCapabilities(bool Ledger, bool Photos, bool PhotoFiles, bool Tiles, bool Reports)
{
    /// <summary>What a server with these options offers.</summary>
    public static ViewerCapabilities For(ViewerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(Ledger: true, Photos: true, PhotoFiles: options.PhotoFilesRoot is not null, Tiles: options.TilesRoot is not null, Reports: options.MonthlyReports is not null);
    }
}
