using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;
using ProjectMap.Domain.Projects;
using ProjectMap.Geodesy.Crs;
using ProjectMap.Geodesy.Measures;

namespace ProjectMap.Application.Projects.Import;

/// <summary>
/// Reads a parcel file (GeoJSON, Shapefile, KML/KMZ, chosen by extension) into validated projects with CGCS2000
/// lon/lat parcels. Every feature is checked; when any is bad the whole file is refused with every problem listed.
/// </summary>
public static class ProjectFileReader
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4490);

    /// <summary>Reads and validates a file; throws <see cref="ImportException"/> listing every problem when any feature is bad.</summary>
    public static ProjectImportResult Read(string path, ProjectImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path))
        {
            throw new ImportException(new ImportProblem(path, 0, null, "file not found"));
        }

        var source = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".geojson" or ".json" => GeoJsonParcelReader.Read(path),
            ".shp" => ShapefileParcelReader.Read(path, options.Encoding),
            ".kml" or ".kmz" => KmlParcelReader.Read(path),
            var ext => throw new ImportException(new ImportProblem(path, 0, null, $"'{ext}' files are not read; give GeoJSON (.geojson), a shapefile (.shp) or KML (.kml/.kmz)")),
        };

        if (source.Features.Count == 0)
        {
            throw new ImportException(new ImportProblem(path, 0, null, "the file holds no features"));
        }

        var crs = options.Crs ?? source.DeclaredCrs ?? SupportedCrs.Cgcs2000;
        var problems = new List<ImportProblem>();
        var warnings = new List<ImportProblem>();
        var projects = new List<Project>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var feature in source.Features)
        {
            var label = ProjectAttributes.Text(feature.Attributes, ProjectAttributes.Code) ?? ProjectAttributes.Text(feature.Attributes, ProjectAttributes.NameZh);
            void Problem(string text) => problems.Add(new ImportProblem(path, feature.Number, label, text));
            void Warn(string text) => warnings.Add(new ImportProblem(path, feature.Number, label, text));

            var codeText = ProjectAttributes.Text(feature.Attributes, ProjectAttributes.Code);
            ProjectCode code = default;
            if (codeText is null)
            {
                Problem("missing project code (attribute 'code' or '项目编号')");
            }
            else if (!ProjectCode.TryParse(codeText, out code, out var codeProblem))
            {
                Problem(codeProblem);
            }
            else if (seen.TryGetValue(code.Value, out var first))
            {
                Problem($"duplicate code '{code.Value}', already used by feature {first}");
            }
            else
            {
                seen[code.Value] = feature.Number;
            }

            var name = ProjectAttributes.Text(feature.Attributes, ProjectAttributes.NameZh);
            if (name is null)
            {
                Problem("missing name (attribute 'name' or '项目名称')");
            }

            if (!ProjectAttributes.TryDecimal(feature.Attributes, ProjectAttributes.PlannedInvestmentWan, out var investment, out var p1))
            {
                Problem(p1!);
            }

            if (!ProjectAttributes.TryDecimal(feature.Attributes, ProjectAttributes.BuildingFloorAreaM2, out var floorArea, out var p2))
            {
                Problem(p2!);
            }

            if (!ProjectAttributes.TryDecimal(feature.Attributes, ProjectAttributes.DeclaredAreaMu, out var declaredMu, out var p3))
            {
                Problem(p3!);
            }

            if (!ProjectAttributes.TryDecimal(feature.Attributes, ProjectAttributes.PhotovoltaicKwp, out var pv, out var p4))
            {
                Problem(p4!);
            }

            if (!ProjectAttributes.TryDate(feature.Attributes, ProjectAttributes.StartDate, out var start, out var p5))
            {
                Problem(p5!);
            }

            if (!ProjectAttributes.TryDate(feature.Attributes, ProjectAttributes.PlannedCompletion, out var completion, out var p6))
            {
                Problem(p6!);
            }

            if (!ProjectAttributes.TryBuildings(feature.Attributes, out var buildings, out var p7))
            {
                Problem(p7!);
            }

            var parcel = ReadParcel(feature.Geometry, crs, options.Fix, Problem, Warn);
            if (parcel is null || problems.Any(p => p.Feature == feature.Number))
            {
                continue;
            }

            var areaCheck = ParcelArea.Compare(parcel, declaredMu is { } d ? (double)d : null, options.AreaTolerance);
            if (areaCheck.Warning is not null)
            {
                Warn(areaCheck.Warning);
            }

            projects.Add(new Project
            {
                Code = code,
                NameZh = name!,
                NameEn = ProjectAttributes.Text(feature.Attributes, ProjectAttributes.NameEn),
                Park = ProjectAttributes.Text(feature.Attributes, ProjectAttributes.Park) ?? string.Empty,
                Location = ProjectAttributes.Text(feature.Attributes, ProjectAttributes.Location) ?? string.Empty,
                Industry = ProjectAttributes.Text(feature.Attributes, ProjectAttributes.Industry) ?? string.Empty,
                PlannedInvestmentWan = investment ?? 0m,
                BuildingFloorAreaM2 = floorArea is { } fa ? (double)fa : null,
                DeclaredLandAreaMu = declaredMu is { } dm ? (double)dm : null,
                Parcel = parcel,
                StartDate = start,
                PlannedCompletion = completion,
                Stage = ProjectAttributes.Text(feature.Attributes, ProjectAttributes.Stage) ?? string.Empty,
                Buildings = buildings,
                PhotovoltaicKwp = pv is { } kw ? (double)kw : null,
            });
        }

        if (problems.Count > 0)
        {
            throw new ImportException(problems);
        }

        return new ProjectImportResult(projects, warnings);
    }

    private static MultiPolygon? ReadParcel(Geometry? geometry, SupportedCrs crs, bool fix, Action<string> problem, Action<string> warn)
    {
        if (geometry is null || geometry.IsEmpty)
        {
            problem("has no parcel geometry");
            return null;
        }

        var polygonal = ToMultiPolygon(geometry);
        if (polygonal is null)
        {
            problem($"geometry is a {geometry.GeometryType}; a parcel must be a Polygon or MultiPolygon");
            return null;
        }

        var env = polygonal.EnvelopeInternal;
        if (crs.Kind == CrsKind.Geographic && (Math.Abs(env.MinX) > 180 || Math.Abs(env.MaxX) > 180 || Math.Abs(env.MinY) > 90 || Math.Abs(env.MaxY) > 90))
        {
            problem(FormattableString.Invariant(
                $"coordinates ({env.MinX:0.###}, {env.MinY:0.###}) are not longitude/latitude degrees; they look projected: pass --crs EPSG:N (e.g. EPSG:4549)"));
            return null;
        }

        if (crs.Kind != CrsKind.Geographic && Math.Abs(env.MaxX) <= 180 && Math.Abs(env.MaxY) <= 90)
        {
            problem($"coordinates look like degrees but the CRS is {crs}; pass --crs EPSG:4490");
            return null;
        }

        var validation = new IsValidOp(polygonal).ValidationError;
        if (validation is not null)
        {
            var where = validation.Coordinate is { } c ? string.Create(CultureInfo.InvariantCulture, $" at ({c.X:0.######}, {c.Y:0.######})") : string.Empty;
            if (!fix)
            {
                problem($"invalid polygon: {validation.Message.ToLowerInvariant()}{where}; pass --fix to repair it");
                return null;
            }

            var repaired = ToMultiPolygon(GeometryFixer.Fix(polygonal));
            if (repaired is null || repaired.IsEmpty)
            {
                problem($"invalid polygon ({validation.Message.ToLowerInvariant()}{where}) cannot be repaired into a polygon");
                return null;
            }

            warn($"invalid polygon ({validation.Message.ToLowerInvariant()}{where}) was repaired by --fix");
            polygonal = repaired;
        }

        var lonLat = ToMultiPolygon(crs.ToLonLat(polygonal))!;
        var e = lonLat.EnvelopeInternal;
        if (e.MinX < -180 || e.MaxX > 180 || e.MinY < -90 || e.MaxY > 90)
        {
            problem($"coordinates fall outside the globe after conversion from {crs}; check --crs");
            return null;
        }

        return lonLat;
    }

    private static MultiPolygon? ToMultiPolygon(Geometry g)
    {
        var polygons = new List<Polygon>();
        for (var i = 0; i < g.NumGeometries; i++)
        {
            switch (g.GetGeometryN(i))
            {
                case Polygon p when !p.IsEmpty:
                    polygons.Add(Flatten(p));
                    break;
                case Polygon:
                    break;
                case GeometryCollection nested:
                    var inner = ToMultiPolygon(nested);
                    if (inner is null)
                    {
                        return null;
                    }

                    polygons.AddRange(inner.Geometries.Cast<Polygon>());
                    break;
                default:
                    return null;
            }
        }

        return polygons.Count == 0 ? null : Factory.CreateMultiPolygon(polygons.ToArray());
    }

    private static Polygon Flatten(Polygon p)
    {
        LinearRing Ring(LineString r) => Factory.CreateLinearRing(r.Coordinates.Select(c => new Coordinate(c.X, c.Y)).ToArray());
        return Factory.CreatePolygon(Ring(p.ExteriorRing), p.InteriorRings.Select(Ring).ToArray());
    }
}
