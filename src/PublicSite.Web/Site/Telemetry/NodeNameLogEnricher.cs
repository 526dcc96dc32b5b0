using Microsoft.Extensions.Diagnostics.Enrichment;
using Microsoft.Extensions.Options;

namespace PublicSite.Web.Site.Telemetry;

/// <summary>
/// Adds <c>NodeName</c> to every log record, whichever provider writes it (the JSON console formatter prints it
/// with the record's other values), so the logs of several nodes can be merged and still be told apart.
/// </summary>
internal sealed class NodeNameLogEnricher(IOptions<TelemetryOptions> options) : IStaticLogEnricher
{
    public const string Key = "NodeName";

    public void Enrich(IEnrichmentTagCollector collector) => collector.Add(Key, options.Value.NodeName);
}
