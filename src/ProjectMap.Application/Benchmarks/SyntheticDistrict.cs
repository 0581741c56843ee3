using System.Globalization;
using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;
using ProjectMap.Domain.Units;
using ProjectMap.Geodesy.Projections;

namespace ProjectMap.Application.Benchmarks;

/// <summary>
/// Synthetic but plausible data for store benchmarks, reproducible from a seed: projects spread uniformly over a
/// district-sized area (by default Wujin, Changzhou: about 47 km × 39 km), each a rotated rectangular parcel of
/// 5 to 300 亩 laid out in metres on the CGCS2000 Gauss-Kruger grid and converted to lon/lat degrees; and map
/// viewports such as the viewer asks for (a 1280 × 800 pixel screen at Web Mercator zoom 14 to 17).
/// </summary>
public sealed class SyntheticDistrict
{
    private static readonly string[] Stages = ["签约", "供地", "开工", "主体结构封顶", "内部装修", "设备安装调试", "竣工验收", "投产"];
    private static readonly string[] Industries = ["智能装备", "新能源", "新材料", "生物医药", "节能环保", "现代服务"];
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4490);

    /// <summary>Creates the generator over a lon/lat envelope in degrees (X = longitude).</summary>
    public SyntheticDistrict(Envelope areaLonLat)
    {
        ArgumentNullException.ThrowIfNull(areaLonLat);
        Area = areaLonLat;
        Zone = GaussKrugerZone.ForLongitude(areaLonLat.Centre.X);
    }

    /// <summary>Wujin district's extent, roughly: 119.70–120.20 E, 31.50–31.85 N.</summary>
    public static Envelope WujinArea { get; } = new(119.70, 120.20, 31.50, 31.85);

    /// <summary>The area projects and viewports are spread over, lon/lat degrees.</summary>
    public Envelope Area { get; }

    /// <summary>The Gauss-Kruger zone parcels are laid out in.</summary>
    public GaussKrugerZone Zone { get; }

    /// <summary>
    /// <paramref name="count"/> projects coded <c>{prefix}-00001</c>…, each with a parcel, planned investment in 万元,
    /// declared area, dates, a stage and one to three buildings; one in ten has a two-part parcel.
    /// </summary>
    public IEnumerable<Project> Projects(int count, int seed, string prefix = "BENCH")
    {
        var random = new Random(seed);
        for (var i = 1; i <= count; i++)
        {
            var centre = RandomPoint(random);
            var areaM2 = Math.Exp(Lerp(Math.Log(AreaUnits.MuToSquareMetres(5)), Math.Log(AreaUnits.MuToSquareMetres(300)), random.NextDouble()));
            var parts = random.NextDouble() < 0.1 ? 2 : 1;
            var polygons = new Polygon[parts];
            for (var p = 0; p < parts; p++)
            {
                var (e, n) = Zone.ForwardXY(centre.X, centre.Y);
                polygons[p] = Rectangle(e + (p * Math.Sqrt(areaM2) * 1.5), n, areaM2 / parts, Lerp(1, 2.5, random.NextDouble()), random.NextDouble() * Math.PI);
            }

            var start = new DateOnly(2021, 1, 1).AddDays(random.Next(0, 1000));
            var floor = Math.Round(areaM2 * Lerp(0.6, 1.6, random.NextDouble()));
            var number = i.ToString("D5", CultureInfo.InvariantCulture);
            yield return new Project
            {
                Code = ProjectCode.Parse($"{prefix}-{number}"),
                NameZh = $"合成重点项目{number}",
                NameEn = $"Synthetic key project {number}",
                Park = $"第{random.Next(1, 13).ToString(CultureInfo.InvariantCulture)}产业园",
                Industry = Industries[random.Next(Industries.Length)],
                PlannedInvestmentWan = Math.Round((decimal)Math.Exp(Lerp(Math.Log(500), Math.Log(500_000), random.NextDouble())), 2),
                BuildingFloorAreaM2 = floor,
                DeclaredLandAreaMu = Math.Round(AreaUnits.SquareMetresToMu(areaM2) * Lerp(0.97, 1.03, random.NextDouble()), 2),
                StartDate = start,
                PlannedCompletion = start.AddDays(random.Next(300, 1100)),
                Stage = Stages[random.Next(Stages.Length)],
                Buildings = Enumerable.Range(1, random.Next(1, 4))
                    .Select(b => new Building($"{b.ToString(CultureInfo.InvariantCulture)}号厂房", null, BuildingKind.Workshop, Math.Round(floor / 3), random.Next(1, 6)))
                    .ToList(),
                Parcel = Factory.CreateMultiPolygon(polygons),
            };
        }
    }

    /// <summary>
    /// <paramref name="count"/> synthetic drone photos over <paramref name="projects"/>, each filed under a random project
    /// and matched to it: a nadir shot from 100 m by a 20-megapixel camera (FC6310: 5472 × 3648 px, 2.7 cm GSD), so a
    /// 150 m × 100 m footprint at a random heading, centred within about 150 m of the parcel's centre, captured on a
    /// random working day of one of the <paramref name="months"/> months from <paramref name="firstMonth"/>. Identity,
    /// names and paths look like ingested photos'; the metadata JSON is a short stand-in of about 1 KB. Lazy: any number
    /// streams through in bounded memory.
    /// </summary>
    public IEnumerable<PhotoRecord> Photos(IReadOnlyList<Project> projects, int count, int seed, YearMonth firstMonth, int months)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentOutOfRangeException.ThrowIfLessThan(projects.Count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var random = new Random(seed);
        var centres = projects.Select(p => p.Parcel.IsEmpty ? Area.Centre : p.Parcel.EnvelopeInternal.Centre).ToList();
        var hash = new byte[32];
        for (var i = 0; i < count; i++)
        {
            var p = random.Next(projects.Count);
            var (e, n) = Zone.ForwardXY(centres[p].X, centres[p].Y);
            e += (random.NextDouble() - 0.5) * 300;
            n += (random.NextDouble() - 0.5) * 300;
            var yaw = random.NextDouble() * 360;
            var footprint = Rectangle(e, n, 150 * 100, 1.5, yaw * Math.PI / 180);
            var centre = Zone.InverseXY(e, n);
            random.NextBytes(hash);
            var sha = Convert.ToHexStringLower(hash);
            var month = firstMonth.AddMonths(random.Next(months));
            var day = month.FirstDay.AddDays(random.Next(month.Days));
            var captured = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)).AddSeconds(random.Next(7 * 3600)), TimeSpan.FromHours(8));
            var code = projects[p].Code.Value;
            var ic = CultureInfo.InvariantCulture;
            var photo = new StoredPhoto
            {
                Sha256 = sha,
                FileName = string.Create(ic, $"DJI_{i:D7}.JPG"),
                SizeBytes = 8_000_000 + random.Next(4_000_000),
                StoredPath = $"originals/{sha[..2]}/{sha[2..4]}/{sha}.jpg",
                Status = "ok",
                Make = "DJI",
                Model = "FC6310",
                CapturedAt = captured,
                Month = month,
                ProjectCode = code,
                Footprint = footprint,
                LatitudeDeg = centre.LatitudeDeg,
                LongitudeDeg = centre.LongitudeDeg,
                HeightAboveGroundM = 100,
                YawDeg = yaw,
                PitchDeg = -90,
                RollDeg = 0,
                WidthPx = 5472,
                HeightPx = 3648,
                FocalLengthPx = 3648,
                PrincipalPointXPx = 2736,
                PrincipalPointYPx = 1824,
                IntrinsicsSource = "calibrated",
                GsdCm = 2.74,
                AccuracyM = Math.Round(2 + random.NextDouble() * 1.5, 2),
                GroundOffsetM = 0,
                MetadataJson = string.Create(
                    ic,
                    $$$"""{"inspection":{"synthetic":true,"file":"DJI_{{{i:D7}}}.JPG","make":"DJI","model":"FC6310","capturedAt":"{{{captured:yyyy-MM-dd'T'HH:mm:sszzz}}}","lat":{{{centre.LatitudeDeg:R}}},"lon":{{{centre.LongitudeDeg:R}}},"relativeAltitudeM":100,"gimbal":{"yaw":{{{yaw:R}}},"pitch":-90,"roll":0},"flight":{"yaw":{{{yaw:R}}},"pitch":0,"roll":0},"rtkFlag":50,"intrinsics":{"source":"calibrated","focalPx":3648,"cx":2736,"cy":1824},"warnings":[]},"sources":{"lat":"EXIF GPSLatitude","lon":"EXIF GPSLongitude","relativeAltitude":"XMP drone-dji:RelativeAltitude","yaw":"XMP drone-dji:GimbalYawDegree","pitch":"XMP drone-dji:GimbalPitchDegree","roll":"XMP drone-dji:GimbalRollDegree","focal":"XMP drone-dji:CalibratedFocalLength","capturedAt":"EXIF DateTimeOriginal (+08:00 assumed)"}}"""),
                IngestedAt = captured.AddDays(1).ToUniversalTime(),
            };
            yield return new PhotoRecord(photo, [new PhotoParcelMatch(sha, code, Math.Round(random.NextDouble(), 4), Math.Round(random.NextDouble(), 4))], []);
        }
    }

    /// <summary>
    /// <paramref name="count"/> viewer viewports: a <paramref name="widthPx"/> × <paramref name="heightPx"/> screen
    /// centred at a random point of the area, at a random Web Mercator zoom between <paramref name="minZoom"/> and
    /// <paramref name="maxZoom"/> (256-pixel tiles), as lon/lat envelopes.
    /// </summary>
    public IReadOnlyList<Envelope> Viewports(int count, int seed, double minZoom = 14, double maxZoom = 17, int widthPx = 1280, int heightPx = 800)
    {
        var random = new Random(seed);
        var list = new List<Envelope>(count);
        for (var i = 0; i < count; i++)
        {
            var centre = RandomPoint(random);
            var zoom = Lerp(minZoom, maxZoom, random.NextDouble());
            var metresPerPixel = 2 * WebMercator.HalfWorldM / (256 * Math.Pow(2, zoom));
            var (x, y) = WebMercator.Forward(centre.X, centre.Y);
            var (west, south) = WebMercator.Inverse(x - (widthPx / 2.0 * metresPerPixel), y - (heightPx / 2.0 * metresPerPixel));
            var (east, north) = WebMercator.Inverse(x + (widthPx / 2.0 * metresPerPixel), y + (heightPx / 2.0 * metresPerPixel));
            list.Add(new Envelope(west, east, south, north));
        }

        return list;
    }

    private Coordinate RandomPoint(Random random) =>
        new(Lerp(Area.MinX, Area.MaxX, random.NextDouble()), Lerp(Area.MinY, Area.MaxY, random.NextDouble()));

    private Polygon Rectangle(double eastingM, double northingM, double areaM2, double aspect, double rotationRad)
    {
        var width = Math.Sqrt(areaM2 * aspect);
        var height = areaM2 / width;
        var (sin, cos) = Math.SinCos(rotationRad);
        var corners = new (double X, double Y)[] { (-width / 2, -height / 2), (width / 2, -height / 2), (width / 2, height / 2), (-width / 2, height / 2) };
        var ring = corners
            .Select(c => Zone.InverseXY(eastingM + (c.X * cos) - (c.Y * sin), northingM + (c.X * sin) + (c.Y * cos)))
            .Select(ll => new Coordinate(ll.LongitudeDeg, ll.LatitudeDeg))
            .ToList();
        ring.Add(ring[0].Copy());
        return Factory.CreatePolygon([.. ring]);
    }

    private static double Lerp(double a, double b, double t) => a + ((b - a) * t);
}
