namespace PublicSite.Cms.Seed;

/// <summary>What one import did: variants imported, variants already present, taxonomy terms added.</summary>
public sealed record SeedImportReport(int Imported, int Skipped, int TermsAdded);
