namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>What fills a block of the synthetic district between its roads.</summary>
public enum BlockKind
{
    /// <summary>Existing factory compounds: yards, sheds with blue or white roofs, small office blocks.</summary>
    Factory = 0,

    /// <summary>Fields: rice, vegetables, fallow strips, plastic greenhouses.</summary>
    Farmland,

    /// <summary>Fish ponds separated by earth banks.</summary>
    Ponds,

    /// <summary>A village of two- and three-storey houses.</summary>
    Village,

    /// <summary>Vacant land and green space with trees.</summary>
    Green,
}
