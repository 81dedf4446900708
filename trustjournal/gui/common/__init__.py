"""What every page uses: theme and icons, settings, the app's actions, row models,
system helpers, background workers for work that needs no journal."""
