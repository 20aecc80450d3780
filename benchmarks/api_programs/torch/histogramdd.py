# api: torch.histogramdd
import torch
points = torch.tensor([[0.0, 1.0], [1.0, 0.5], [2.0, 2.0], [0.5, 1.5], [1.5, 0.0]])
hist, edges = torch.histogramdd(points, bins=[2, 3])
weighted = torch.histogramdd(points, bins=2, range=[0.0, 2.0, 0.0, 2.0], weight=torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0]))
density = torch.histogramdd(points, bins=[2, 2], density=True).hist
