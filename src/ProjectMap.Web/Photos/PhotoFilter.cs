using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;
using ProjectMap.Web.Api;
using ProjectMap.Web.Ogc;

namespace ProjectMap.Web.Photos;

/// <summary>
/// The filters of the photo APIs (viewer and OGC): <c>project=CODE</c>, <c>month=yyyy-MM</c> (capture month,
/// Asia/Shanghai), <c>bbox=minLon,minLat,maxLon,maxLat</c> (CRS84 degrees; footprints that intersect it) and, for the
/// OGC API, <c>datetime</c> (an RFC 3339 instant or interval on the capture time).
/// </summary>
/// <param name="Project">Only photos filed under this project.</param>
/// <param name="Month">Only photos of this capture month.</param>
/// <param name="Box">Only footprints intersecting this lon/lat envelope.</param>
/// <param name="Time">Only photos captured in this interval.</param>
public sealed record PhotoFilter(ProjectCode? Project, YearMonth? Month, Envelope? Box, TimeInterval? Time)
{
    /// <summary>Reads the filters from a request's query; returns an error result for a malformed one.</summary>
    public static (PhotoFilter? Filter, IResult? Error) Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ProjectCode? project = null;
        if (query.TryGetValue("project", out var p) && !string.IsNullOrWhiteSpace(p))
        {
            if (!ProjectCode.TryParse(p, out var code, out var problem))
            {
                return (null, ApiErrors.Error(StatusCodes.Status400BadRequest, problem, "bad-code"));
            }

            project = code;
        }

        YearMonth? month = null;
        if (query.TryGetValue("month", out var m) && !string.IsNullOrWhiteSpace(m))
        {
            if (!YearMonth.TryParse(m, out var parsed))
            {
                return (null, ApiErrors.Error(StatusCodes.Status400BadRequest, $"month '{m}' is not a month; write it as yyyy-MM, for example 2023-12", "bad-month"));
            }

            month = parsed;
        }

        Envelope? box = null;
        if (query.TryGetValue("bbox", out var b))
        {
            if (!BboxParameter.TryParse(b.ToString(), out var envelope, out var problem))
            {
                return (null, ApiErrors.Error(StatusCodes.Status400BadRequest, problem, "bad-bbox"));
            }

            box = envelope;
        }

        TimeInterval? time = null;
        if (query.TryGetValue("datetime", out var d))
        {
            if (!TimeInterval.TryParse(d.ToString(), out var interval, out var problem))
            {
                return (null, ApiErrors.Error(StatusCodes.Status400BadRequest, problem, "bad-datetime"));
            }

            time = interval;
        }

        return (new PhotoFilter(project, month, box, time), null);
    }

    /// <summary>The stored photos that pass every filter, ordered by capture time then SHA-256.</summary>
    public async Task<IReadOnlyList<StoredPhoto>> ApplyAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        IEnumerable<StoredPhoto> photos;
        if (Project is null && Month is null && Box is { } box)
        {
            photos = await store.Photos.FindInEnvelopeAsync(box, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            photos = await store.Photos.ListAsync(new PhotoQuery(Project?.Value, Month), cancellationToken).ConfigureAwait(false);
        }

        if (Box is { } envelope)
        {
            var geometry = new GeometryFactory().ToGeometry(envelope);
            photos = photos.Where(p => p.Footprint.Intersects(geometry));
        }

        if (Time is { } t)
        {
            photos = photos.Where(p => p.CapturedAt is { } at && t.Contains(at));
        }

        return [.. photos];
    }
}
