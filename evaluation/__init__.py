"""Evaluation: metrics, benchmarks and reports for Replywise."""
