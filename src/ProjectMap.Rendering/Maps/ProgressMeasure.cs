namespace ProjectMap.Rendering.Maps;

/// <summary>Which progress figure the completion overlay colours parcels by.</summary>
public enum ProgressMeasure
{
    /// <summary>Schedule progress: weights of applicable milestones reached ÷ weights of applicable milestones.</summary>
    Schedule,

    /// <summary>Investment progress: cumulative investment ÷ planned total investment.</summary>
    Investment,
}
