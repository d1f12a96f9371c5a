import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewId } from '../lib/views';
import { VIEW_CHUNKS } from './view-chunks';

export const VIEWS = Object.fromEntries(Object.entries(VIEW_CHUNKS).map(([view, load]) => [view, lazy(load)])) as Record<ViewId, LazyExoticComponent<ComponentType>>;
