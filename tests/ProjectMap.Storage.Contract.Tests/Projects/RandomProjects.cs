using CsCheck;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Storage.Contract.Tests.Projects;

/// <summary>
/// Random projects for round-trip property tests: texts from Chinese, ASCII, quotes, backslashes, newlines and
/// astral characters; money up to 10^12 万元 with up to 4 decimals (within the 15 significant digits every store
/// keeps); any finite double for areas; dates 1900–2100; 0–3 buildings; a random rectangle near Wujin as the parcel.
/// Codes are placeholders: tests number them.
/// </summary>
public static class RandomProjects
{
    private static readonly decimal[] PowersOfTen = [1m, 10m, 100m, 1000m, 10000m];

    private static readonly string[] Pieces =
        ["项目", "常州", "武进", "西太湖", "科教城", "氢能", "光伏", "A", "z", "0", "9", " ", "-", "\"", "'", "\\", "\n", "\t", "(", "）", "😀", "𠀀", "é", "ß"];

    /// <summary>A short text of 0–8 pieces.</summary>
    public static Gen<string> Text { get; } = Gen.Int[0, Pieces.Length - 1].Array[0, 8].Select(ix => string.Concat(ix.Select(i => Pieces[i])));

    /// <summary>A finite double from a wide range, sometimes tiny, sometimes huge.</summary>
    public static Gen<double> Number { get; } = Gen.OneOf(Gen.Double[0, 1e6], Gen.Double[-1e-6, 1e-6], Gen.Double[1e15, 1e300], Gen.Const(0.1 + 0.2));

    /// <summary>A 万元 amount with up to 4 decimals and at most 13 digits in all.</summary>
    public static Gen<decimal> Money { get; } = Gen.Select(Gen.Long[-1_000_000_000_000L, 1_000_000_000_000L], Gen.Int[0, 4], (v, scale) => v / PowersOfTen[scale]);

    /// <summary>A date between 1900 and 2100.</summary>
    public static Gen<DateOnly> Day { get; } = Gen.Int[0, 73_000].Select(d => new DateOnly(1900, 1, 1).AddDays(d));

    /// <summary>A building.</summary>
    public static Gen<Building> Building { get; } = Gen.Select(Text, Text.Null(0.3), Gen.Enum<BuildingKind>(), Number, Gen.Int[1, 40], (zh, en, kind, area, storeys) => new Building(zh, en, kind, area, storeys));

    /// <summary>A project with random fields and a random rectangular parcel.</summary>
    public static Gen<Project> Any { get; } =
        Gen.Select(
            Gen.Select(Text, Text.Null(0.3), Text, Text, Text, Money),
            Gen.Select(Number.Nullable(0.3), Number.Nullable(0.3), Day.Nullable(0.3), Day.Nullable(0.3), Text, Number.Nullable(0.5)),
            Building.Array[0, 3],
            Gen.Select(Gen.Double[119.5, 120.5], Gen.Double[31.3, 32.0], Gen.Double[1e-6, 0.05]),
            (a, b, buildings, where) => new Project
            {
                Code = ProjectCode.Parse("R-0"),
                NameZh = a.Item1,
                NameEn = a.Item2,
                Park = a.Item3,
                Location = a.Item4,
                Industry = a.Item5,
                PlannedInvestmentWan = a.Item6,
                BuildingFloorAreaM2 = b.Item1,
                DeclaredLandAreaMu = b.Item2,
                StartDate = b.Item3,
                PlannedCompletion = b.Item4,
                Stage = b.Item5,
                PhotovoltaicKwp = b.Item6,
                Buildings = buildings,
                Parcel = SampleProjects.Square(where.Item1, where.Item2, where.Item3),
            });
}
