"""Training for Replywise's scorers, ranker and paraphrase bank: data loading, fitting, model cards."""
