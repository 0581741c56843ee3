namespace ProjectMap.Domain.Projects;

/// <summary>What a planned building is used for; drives map symbols and the synthetic imagery's roof look.</summary>
public enum BuildingKind
{
    /// <summary>Anything not listed below.</summary>
    Other = 0,

    /// <summary>Offices, research and development centres (技术研发中心, 办公楼).</summary>
    Office,

    /// <summary>Production halls and workshops (车间, 厂房).</summary>
    Workshop,

    /// <summary>Warehouses and logistics buildings (仓库, 智能仓储).</summary>
    Warehouse,

    /// <summary>Energy plant: boiler houses, substations, heat-recovery stations (能源站, 变电所).</summary>
    Utility,

    /// <summary>A canopy or carport, typically carrying photovoltaic panels (车棚).</summary>
    Canopy,
}
