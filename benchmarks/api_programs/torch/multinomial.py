# api: torch.multinomial
import torch
probs = torch.tensor([0.2, 0.0, 0.8, 0.0])
picks = torch.multinomial(probs, 2)
with_replacement = torch.multinomial(probs, 6, replacement=True)
weights = torch.tensor([[1.0, 0.0, 3.0], [0.0, 5.0, 0.0]])
per_row = torch.multinomial(weights, num_samples=1)
results = {
    "picks_shape": picks.shape,
    "picks_dtype": picks.dtype,
    "picks_nonzero": bool((probs[picks] > 0).all()),
    "replacement_shape": with_replacement.shape,
    "replacement_nonzero": bool((probs[with_replacement] > 0).all()),
    "second_row": per_row[1],
    "per_row_shape": per_row.shape,
}
