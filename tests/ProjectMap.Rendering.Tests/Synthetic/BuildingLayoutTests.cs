using ProjectMap.Domain.Projects;
using ProjectMap.Rendering.Synthetic.Scene;

namespace ProjectMap.Rendering.Tests.Synthetic;

public sealed class BuildingLayoutTests
{
    [Fact]
    public void Place_Xinqihang_KeepsEveryBuildingsFootprintInsideTheParcel()
    {
        var site = SampleWorld.World.SiteOf(ProjectCode.Parse("WJ2023-001"));

        var layout = site.Layout;

        Assert.Equal(1, layout.Scale);
        Assert.Equal(new[] { "技术研发中心", "智能数控加工车间", "智能仓储" }.Order(StringComparer.Ordinal), layout.Placed.Select(p => p.Building.NameZh).Order(StringComparer.Ordinal));
        foreach (var placed in layout.Placed)
        {
            // Footprint = floor area ÷ storeys: 2000, 9333 and 5000 m².
            Assert.Equal(placed.Building.FloorAreaM2 / placed.Building.Storeys, placed.FootprintM2, 6);
            Assert.True(placed.U0 >= site.Bounds[0] + 10 && placed.U1 <= site.Bounds[2] - 10);
            Assert.True(placed.V0 >= site.Bounds[1] + 10 && placed.V1 <= site.Bounds[3] - 10);
        }

        var office = layout.Placed.Single(p => p.Building.Kind == BuildingKind.Office);
        Assert.Equal((6 * 4.2) + 1.2, office.HeightM, 9);
    }

    [Fact]
    public void Place_BuildingsTooLargeForTheParcel_ScalesThemDownAlike()
    {
        Building[] buildings = [new("大车间", null, BuildingKind.Workshop, 40000, 1), new("办公楼", null, BuildingKind.Office, 8000, 4)];

        var layout = BuildingLayout.Place(buildings, -50, -40, 50, 40, 5);

        Assert.True(layout.Scale < 1);
        Assert.All(layout.Placed, p => Assert.True(p.U0 >= -45 - 1e-9 && p.U1 <= 45 + 1e-9));
        Assert.True(layout.Placed[0].U0 > layout.Placed[1].U1 - 1e-9, "the buildings overlap");
    }
}
