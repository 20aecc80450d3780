# api: torch.nn.functional.adaptive_max_pool2d_with_indices
import torch
import torch.nn.functional as F
image = torch.tensor([[[[1.0, 6.0, 2.0, 0.0],
                        [3.0, 4.0, 9.0, 5.0],
                        [7.0, 0.0, 1.0, 8.0],
                        [2.0, 5.0, 3.0, 4.0]]]])
values, indices = F.adaptive_max_pool2d_with_indices(image, (2, 2))
