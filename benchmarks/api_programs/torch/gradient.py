# api: torch.gradient
import torch
values = torch.tensor([1.0, 4.0, 9.0, 16.0, 25.0])
(slope,) = torch.gradient(values)
(slope_spaced,) = torch.gradient(values, spacing=2.0)
(slope_second,) = torch.gradient(values, edge_order=2)
coords = torch.tensor([0.0, 1.0, 1.5, 3.5, 4.0])
(slope_coords,) = torch.gradient(values, spacing=(coords,))
grid = torch.arange(12.0).reshape(3, 4) ** 2
d_rows, d_cols = torch.gradient(grid)
(d_cols_only,) = torch.gradient(grid, dim=1, spacing=[0.5])
