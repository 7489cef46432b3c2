// History of a review: list, read, and restore a version.
import type { Db } from '../store/db.ts';
import { selectVersion, selectVersionMetas } from '../store/versions.ts';
import { errors } from '../shared/errors.ts';
import type { Review, Version, VersionMeta } from '../shared/review.ts';
import type { ReviewsService } from './reviews.ts';

export function createVersionsService(db: Db, reviews: ReviewsService) {
  function get(id: number): Version {
    const version = selectVersion(db, id);
    if (!version) throw errors.notFound(`phiên bản ${id} / version ${id}`);
    return version;
  }
  return {
    list: (reviewId: string): VersionMeta[] => {
      reviews.getMeta(reviewId);
      return selectVersionMetas(db, reviewId);
    },
    get,
    restore: (reviewId: string, versionId: number): Review => {
      const version = get(versionId);
      if (version.reviewId !== reviewId) throw errors.notFound(`phiên bản ${versionId} / version ${versionId}`);
      return reviews.restoreContent(reviewId, version.content);
    },
  };
}

export type VersionsService = ReturnType<typeof createVersionsService>;
