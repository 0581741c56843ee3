namespace ProjectMap.Cli.Demo;

/// <summary>One stage of <c>projectmap demo</c>; steps run in <see cref="DemoSteps.All"/> order and each reports what it made.</summary>
public interface IDemoStep
{
    /// <summary>A short name for progress lines, e.g. "projects".</summary>
    string Name { get; }

    /// <summary>Runs the step; throws with a clear message on failure, which stops the demo.</summary>
    Task RunAsync(DemoContext demo, CancellationToken cancellationToken);
}
