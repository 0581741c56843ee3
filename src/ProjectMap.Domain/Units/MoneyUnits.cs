namespace ProjectMap.Domain.Units;

/// <summary>Chinese money units: 1 万元 = 10^4 yuan, 1 亿元 = 10^8 yuan = 10,000 万元.</summary>
public static class MoneyUnits
{
    /// <summary>万元 in one 亿元.</summary>
    public const decimal WanPerYi = 10_000m;

    /// <summary>Converts an amount in 万元 to 亿元.</summary>
    public static decimal WanToYi(decimal wan) => wan / WanPerYi;

    /// <summary>Converts an amount in 亿元 to 万元.</summary>
    public static decimal YiToWan(decimal yi) => yi * WanPerYi;
}
