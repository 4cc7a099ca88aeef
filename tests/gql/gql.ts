/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation TestFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n        status\n        ticket\n        ticketCode\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestFlowRegisterDocument,
    "\n  mutation TestFlowCancel($i: RegistrationRefInput!) {\n    activityRegistrationCancel(input: $i) {\n      registration {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestFlowCancelDocument,
    "\n  mutation TestFlowCheckIn($i: ActivityCheckInInput!) {\n    activityCheckIn(input: $i) {\n      registration {\n        id\n        checkedInAt\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestFlowCheckInDocument,
    "\n  query TestFlowMyRegistrations {\n    myActivityRegistrations(first: 10) {\n      totalCount\n      nodes {\n        id\n        status\n        ticketCode\n        activity {\n          id\n          name\n          registeredCount\n          waitlistedCount\n        }\n      }\n    }\n  }\n": typeof types.TestFlowMyRegistrationsDocument,
    "\n  fragment ActivityTestActivity on Activity {\n    id\n    name\n    status\n    organisers\n    capacity\n    registeredCount\n    waitlistedCount\n    remainingSeats\n    placeAddress\n    logoDataUrl\n    agenda {\n      title\n      speaker\n      startsAt\n    }\n    summary\n    attendance {\n      registered\n      checkedIn\n      rate\n      evaluations\n      averageRating\n    }\n    institution {\n      name\n    }\n  }\n": typeof types.ActivityTestActivityFragmentDoc,
    "\n  mutation ActivityActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        ...ActivityTestActivity\n      }\n      warnings {\n        field\n        message\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ActivityActivityCreateDocument,
    "\n  mutation ActivityActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        ...ActivityTestActivity\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ActivityActivityReviewDocument,
    "\n  fragment ActivityTestRegistration on ActivityRegistration {\n    id\n    status\n    ticket\n    checkedInAt\n    waitlistPosition\n    rating\n  }\n": typeof types.ActivityTestRegistrationFragmentDoc,
    "\n  mutation ActivityActivityRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ActivityActivityRegisterDocument,
    "\n  mutation ActivityActivityRegistrationCancel($i: RegistrationRefInput!) {\n    activityRegistrationCancel(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ActivityActivityRegistrationCancelDocument,
    "\n  mutation ActivityActivityCheckIn($i: ActivityCheckInInput!) {\n    activityCheckIn(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ActivityActivityCheckInDocument,
    "\n  mutation ActivityActivityEvaluate($i: ActivityEvaluateInput!) {\n    activityEvaluate(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ActivityActivityEvaluateDocument,
    "\n            query ActivityActivities {\n              activities(first: 10) {\n                totalCount\n              }\n            }\n          ": typeof types.ActivityActivitiesDocument,
    "\n        query ActivityActivities2 {\n          activities(first: 10, filter: { column: TECHNOLOGY, upcoming: true }) {\n            totalCount\n            nodes {\n              name\n              organisers\n              agenda {\n                title\n              }\n              institution {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ActivityActivities2Document,
    "\n            query ActivityActivities3($m: String) {\n              activities(first: 100, filter: { month: $m }) {\n                totalCount\n              }\n            }\n          ": typeof types.ActivityActivities3Document,
    "\n        query ActivityActivities4 {\n          activities(first: 10, filter: { month: \"2026-13\" }) {\n            totalCount\n          }\n        }\n      ": typeof types.ActivityActivities4Document,
    "\n          query ActivityActivity($id: ID!) {\n            activity(id: $id) {\n              registeredCount\n              waitlistedCount\n              remainingSeats\n            }\n          }\n        ": typeof types.ActivityActivityDocument,
    "\n        query ActivityMyActivityRegistrations {\n          myActivityRegistrations(first: 10) {\n            nodes {\n              status\n              waitlistPosition\n              activity {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ActivityMyActivityRegistrationsDocument,
    "\n        query ActivityActivityRegistrations($id: ID!) {\n          activityRegistrations(activityId: $id, first: 10) {\n            totalCount\n            nodes {\n              status\n              ticket\n            }\n          }\n        }\n      ": typeof types.ActivityActivityRegistrationsDocument,
    "\n            query ActivityActivityRegistrations2($id: ID!) {\n              activityRegistrations(activityId: $id, first: 10) {\n                totalCount\n              }\n            }\n          ": typeof types.ActivityActivityRegistrations2Document,
    "\n      query ActivityActivity2($id: ID!) {\n        activity(id: $id) {\n          myRegistration {\n            ticketQrSvg\n          }\n        }\n      }\n    ": typeof types.ActivityActivity2Document,
    "\n            query ActivityActivityRegistrations3($id: ID!) {\n              activityRegistrations(activityId: $id, first: 10) {\n                nodes {\n                  ticketQrSvg\n                }\n              }\n            }\n          ": typeof types.ActivityActivityRegistrations3Document,
    "\n        mutation ActivityActivitySummaryPublish($i: ActivitySummaryInput!) {\n          activitySummaryPublish(input: $i) {\n            activity {\n              ...ActivityTestActivity\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.ActivityActivitySummaryPublishDocument,
    "\n    mutation ActivityActivityInvitationsAdd($i: ActivityInvitationsAddInput!) {\n      activityInvitationsAdd(input: $i) {\n        invitations {\n          id\n          contactKind\n          contact\n          revokedAt\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": typeof types.ActivityActivityInvitationsAddDocument,
    "\n    mutation ActivityActivityInvitationRevoke($i: ActivityInvitationRevokeInput!) {\n      activityInvitationRevoke(input: $i) {\n        invitation {\n          id\n          revokedAt\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": typeof types.ActivityActivityInvitationRevokeDocument,
    "\n    query ActivityActivityInvitations($id: ID!, $all: Boolean) {\n      activityInvitations(activityId: $id, first: 100, includeRevoked: $all) {\n        totalCount\n        nodes {\n          contact\n          revokedAt\n        }\n      }\n    }\n  ": typeof types.ActivityActivityInvitationsDocument,
    "\n    query ActivityActivity3($id: ID!) {\n      activity(id: $id) {\n        registrationMethod\n        viewerInvited\n      }\n    }\n  ": typeof types.ActivityActivity3Document,
    "\n        mutation ActivityAccountRegister($i: AccountRegisterInput!) {\n          accountRegister(input: $i) {\n            account {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.ActivityAccountRegisterDocument,
    "\n        query ActivityMyActivityInvitations {\n          myActivityInvitations(first: 10) {\n            totalCount\n            nodes {\n              contactKind\n              activity {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ActivityMyActivityInvitationsDocument,
    "\n      query ActivityMyActivityRegistrations2 {\n        myActivityRegistrations(first: 1) {\n          nodes {\n            id\n            status\n            ticket\n            ticketQrSvg\n          }\n        }\n      }\n    ": typeof types.ActivityMyActivityRegistrations2Document,
    "\n        query ActivityActivityStatistics {\n          activityStatistics(groupBy: COLUMN) {\n            key\n            label\n            activities\n            registered\n            waitlisted\n            checkedIn\n            attendanceRate\n            evaluations\n            averageRating\n          }\n        }\n      ": typeof types.ActivityActivityStatisticsDocument,
    "\n        query ActivityActivityStatistics2 {\n          activityStatistics(groupBy: INSTITUTION) {\n            key\n            label\n            activities\n          }\n        }\n      ": typeof types.ActivityActivityStatistics2Document,
    "\n        query ActivityActivityStatistics3 {\n          activityStatistics(groupBy: MONTH) {\n            key\n            activities\n          }\n        }\n      ": typeof types.ActivityActivityStatistics3Document,
    "\n          query ActivityActivityStatisticsCsv {\n            activityStatisticsCsv(groupBy: COLUMN)\n          }\n        ": typeof types.ActivityActivityStatisticsCsvDocument,
    "\n          query ActivityActivityStatisticsXlsx {\n            activityStatisticsXlsx(groupBy: COLUMN) {\n              filename\n              mimeType\n              byteSize\n              contentBase64\n            }\n          }\n        ": typeof types.ActivityActivityStatisticsXlsxDocument,
    "\n            query ActivityActivityStatistics4 {\n              activityStatistics(groupBy: COLUMN) {\n                key\n              }\n            }\n          ": typeof types.ActivityActivityStatistics4Document,
    "\n        query ActivityActivities5 {\n          activities(first: 100) {\n            nodes {\n              name\n              remainingSeats\n              attendance {\n                registered\n              }\n              institution {\n                name\n              }\n              myRegistration {\n                status\n              }\n            }\n          }\n        }\n      ": typeof types.ActivityActivities5Document,
    "\n  mutation AuditIntegrityLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.AuditIntegrityLoginDocument,
    "\n  mutation ColumnsEntrepreneurshipStartupResourceCreate($i: StartupResourceCreateInput!) {\n    startupResourceCreate(input: $i) {\n      resource {\n        id\n        name\n        kind\n        regionName\n        institution {\n          name\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ColumnsEntrepreneurshipStartupResourceCreateDocument,
    "\n  query ColumnsEntrepreneurshipStartupResources($f: StartupResourceFilter) {\n    startupResources(first: 50, filter: $f) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n": typeof types.ColumnsEntrepreneurshipStartupResourcesDocument,
    "\n  mutation ColumnsEntrepreneurshipEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {\n    entrepreneurshipNeedSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n        entrepreneurship {\n          category\n          stage\n          anonymous\n        }\n        institutions {\n          name\n        }\n      }\n      trackingCode\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ColumnsEntrepreneurshipEntrepreneurshipNeedSubmitDocument,
    "\n        query ColumnsEntrepreneurshipStartupResources2 {\n          startupResources(first: 100) {\n            totalCount\n            nodes {\n              name\n              institution {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ColumnsEntrepreneurshipStartupResources2Document,
    "\n      mutation ColumnsEntrepreneurshipColumnNeedReply($i: ColumnNeedReplyInput!) {\n        columnNeedReply(input: $i) {\n          need {\n            status\n            replies {\n              body\n              institution {\n                name\n              }\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.ColumnsEntrepreneurshipColumnNeedReplyDocument,
    "\n        query ColumnsEntrepreneurshipColumnNeedByTrackingCode($c: String!) {\n          columnNeedByTrackingCode(code: $c) {\n            title\n            status\n            entrepreneurship {\n              anonymous\n            }\n          }\n        }\n      ": typeof types.ColumnsEntrepreneurshipColumnNeedByTrackingCodeDocument,
    "\n          query ColumnsEntrepreneurshipColumnNeedByTrackingCode2 {\n            columnNeedByTrackingCode(code: \"nope\") {\n              title\n            }\n          }\n        ": typeof types.ColumnsEntrepreneurshipColumnNeedByTrackingCode2Document,
    "\n        mutation ColumnsEntrepreneurshipColumnNeedReply2($i: ColumnNeedReplyInput!) {\n          columnNeedReply(input: $i) {\n            need {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.ColumnsEntrepreneurshipColumnNeedReply2Document,
    "\n      query ColumnsEntrepreneurshipInstitutionColumnNeeds {\n        institutionColumnNeeds(first: 20, filter: { overdue: true }) {\n          nodes {\n            id\n            firstReplyOverdue\n          }\n        }\n      }\n    ": typeof types.ColumnsEntrepreneurshipInstitutionColumnNeedsDocument,
    "\n          query ColumnsEntrepreneurshipInstitutionColumnNeeds2 {\n            institutionColumnNeeds(first: 20, filter: { status: ANSWERED }) {\n              nodes {\n                firstReplyOverdue\n              }\n            }\n          }\n        ": typeof types.ColumnsEntrepreneurshipInstitutionColumnNeeds2Document,
    "\n    query ColumnsEntrepreneurshipStartupNeedBoard($f: StartupNeedBoardFilter) {\n      startupNeedBoard(first: 50, filter: $f) {\n        totalCount\n        nodes {\n          id\n          category\n          categoryLabel\n          stage\n          regionCode\n          regionName\n          status\n          createdAt\n        }\n      }\n    }\n  ": typeof types.ColumnsEntrepreneurshipStartupNeedBoardDocument,
    "\n          query ColumnsFinancingFinancingProducts($f: FinancingProductFilter) {\n            financingProducts(first: 10, filter: $f) {\n              totalCount\n              nodes {\n                name\n                institution {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.ColumnsFinancingFinancingProductsDocument,
    "\n        query ColumnsFinancingFinancingProducts2 {\n          financingProducts(first: 10, filter: { regionCode: \"12\" }) {\n            totalCount\n          }\n        }\n      ": typeof types.ColumnsFinancingFinancingProducts2Document,
    "\n        query ColumnsFinancingFinancingProducts3 {\n          financingProducts(first: 100) {\n            nodes {\n              name\n              institution {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ColumnsFinancingFinancingProducts3Document,
    "\n      mutation ColumnsFinancingFinancingProductDelist($i: FinancingProductDelistInput!) {\n        financingProductDelist(input: $i) {\n          product {\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.ColumnsFinancingFinancingProductDelistDocument,
    "\n          query ColumnsFinancingFinancingProduct($id: ID!) {\n            financingProduct(id: $id) {\n              name\n            }\n          }\n        ": typeof types.ColumnsFinancingFinancingProductDocument,
    "\n          query ColumnsFinancingFinancingProduct2($id: ID!) {\n            financingProduct(id: $id) {\n              name\n            }\n          }\n        ": typeof types.ColumnsFinancingFinancingProduct2Document,
    "\n        query ColumnsFinancingFinancingRoutes {\n          financingRoutes {\n            code\n            kind\n            name\n            summary\n            steps\n          }\n        }\n      ": typeof types.ColumnsFinancingFinancingRoutesDocument,
    "\n        query ColumnsFinancingFinancingRoutes2 {\n          financingRoutes(kind: DIRECT) {\n            name\n          }\n        }\n      ": typeof types.ColumnsFinancingFinancingRoutes2Document,
    "\n  query ColumnsFinancingColumnNeed($id: ID!) {\n    columnNeed(id: $id) {\n      id\n      financing {\n        termMonths\n        purpose\n        collateral\n        urgency\n      }\n      financingMatches {\n        products {\n          eligible\n          product {\n            name\n          }\n          criteria {\n            code\n            passed\n            reason\n          }\n        }\n        nearMisses {\n          product {\n            name\n          }\n          criteria {\n            code\n            passed\n            reason\n          }\n        }\n        institutions {\n          name\n        }\n        referral {\n          message\n          institutions {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ColumnsFinancingColumnNeedDocument,
    "\n      query ColumnsFinancingColumnNeed2($id: ID!) {\n        columnNeed(id: $id) {\n          title\n          contactPhone\n          enterpriseProfile {\n            name\n            sizeClass\n            creditRating {\n              score\n              grade\n            }\n          }\n          financingMatches {\n            referral {\n              message\n            }\n          }\n        }\n      }\n    ": typeof types.ColumnsFinancingColumnNeed2Document,
    "\n        mutation ColumnsFinancingProfileConsentGrant($i: ProfileConsentInput!) {\n          profileConsentGrant(input: $i) {\n            consent {\n              active\n              institution {\n                name\n              }\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.ColumnsFinancingProfileConsentGrantDocument,
    "\n        mutation ColumnsFinancingProfileConsentRevoke($i: ProfileConsentInput!) {\n          profileConsentRevoke(input: $i) {\n            consent {\n              active\n              institution {\n                name\n              }\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.ColumnsFinancingProfileConsentRevokeDocument,
    "\n        query ColumnsFinancingMyProfileConsents {\n          myProfileConsents {\n            active\n            revokedAt\n          }\n        }\n      ": typeof types.ColumnsFinancingMyProfileConsentsDocument,
    "\n        query ColumnsFinancingInstitutionColumnNeeds {\n          institutionColumnNeeds(first: 10, filter: { column: FINANCING, status: OPEN }) {\n            totalCount\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.ColumnsFinancingInstitutionColumnNeedsDocument,
    "\n      mutation ColumnsFinancingColumnNeedReply($i: ColumnNeedReplyInput!) {\n        columnNeedReply(input: $i) {\n          need {\n            status\n            firstRepliedAt\n            replies {\n              body\n              institution {\n                name\n              }\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.ColumnsFinancingColumnNeedReplyDocument,
    "\n      mutation ColumnsFinancingColumnNeedClose($i: ColumnNeedCloseInput!) {\n        columnNeedClose(input: $i) {\n          need {\n            status\n            closedAt\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.ColumnsFinancingColumnNeedCloseDocument,
    "\n        query ColumnsFinancingMyColumnNeeds {\n          myColumnNeeds(first: 10, filter: { column: FINANCING }) {\n            totalCount\n            nodes {\n              ...TestColumnNeed\n            }\n          }\n        }\n      ": typeof types.ColumnsFinancingMyColumnNeedsDocument,
    "\n        mutation ColumnsFinancingInboxConsentGrant($i: ProfileConsentInput!) {\n          profileConsentGrant(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.ColumnsFinancingInboxConsentGrantDocument,
    "\n          mutation ColumnsFinancingColumnNeedReply2($i: ColumnNeedReplyInput!) {\n            columnNeedReply(input: $i) {\n              errors {\n                ...TestUserError\n              }\n            }\n          }\n        ": typeof types.ColumnsFinancingColumnNeedReply2Document,
    "\n          query ColumnsFinancingInstitutionColumnNeedsPage($first: Int!) {\n            institutionColumnNeeds(first: $first) {\n              totalCount\n              nodes {\n                title\n                enterpriseProfile {\n                  name\n                  creditRating {\n                    grade\n                  }\n                }\n                institutions {\n                  name\n                }\n                replies {\n                  body\n                  institution {\n                    name\n                  }\n                }\n                financing {\n                  purpose\n                }\n              }\n            }\n          }\n        ": typeof types.ColumnsFinancingInstitutionColumnNeedsPageDocument,
    "\n        query ColumnsFinancingEnterprise($id: ID!) {\n          enterprise(id: $id) {\n            creditRating {\n              score\n              maxScore\n              grade\n              factors {\n                code\n                points\n                maxPoints\n                explanation\n              }\n            }\n          }\n        }\n      ": typeof types.ColumnsFinancingEnterpriseDocument,
    "\n  query ColumnsNeedDockingColumnNeed($id: ID!) {\n    columnNeed(id: $id) {\n      id\n      status\n      closedAt\n      rating\n      amountFinanced\n      docking {\n        id\n        status\n      }\n      timeline {\n        type\n        body\n      }\n    }\n  }\n": typeof types.ColumnsNeedDockingColumnNeedDocument,
    "\n  fragment ColumnsNeedDockingAction on DockingPayload {\n    docking {\n      status\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n": typeof types.ColumnsNeedDockingActionFragmentDoc,
    "\n    mutation ColumnsNeedDockingDockingAccept($i: DockingActionInput!) {\n      dockingAccept(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  ": typeof types.ColumnsNeedDockingDockingAcceptDocument,
    "\n    mutation ColumnsNeedDockingDockingStart($i: DockingActionInput!) {\n      dockingStart(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  ": typeof types.ColumnsNeedDockingDockingStartDocument,
    "\n    mutation ColumnsNeedDockingDockingComplete($i: DockingActionInput!) {\n      dockingComplete(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  ": typeof types.ColumnsNeedDockingDockingCompleteDocument,
    "\n    mutation ColumnsNeedDockingDockingDecline($i: DockingActionInput!) {\n      dockingDecline(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  ": typeof types.ColumnsNeedDockingDockingDeclineDocument,
    "\n    mutation ColumnsNeedDockingDockingCancel($i: DockingActionInput!) {\n      dockingCancel(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  ": typeof types.ColumnsNeedDockingDockingCancelDocument,
    "\n    mutation ColumnsNeedDockingDockingClose($i: DockingActionInput!) {\n      dockingClose(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  ": typeof types.ColumnsNeedDockingDockingCloseDocument,
    "\n  mutation ColumnsNeedDockingDockingEvaluate($i: DockingEvaluateInput!) {\n    dockingEvaluate(input: $i) {\n      docking {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ColumnsNeedDockingDockingEvaluateDocument,
    "\n  mutation ColumnsNeedDockingColumnNeedClose($i: ColumnNeedCloseInput!) {\n    columnNeedClose(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ColumnsNeedDockingColumnNeedCloseDocument,
    "\n  mutation ColumnsNeedDockingColumnNeedRecordAmountFinanced($i: ColumnNeedAmountFinancedInput!) {\n    columnNeedRecordAmountFinanced(input: $i) {\n      need {\n        status\n        amountFinanced\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ColumnsNeedDockingColumnNeedRecordAmountFinancedDocument,
    "\n  query ColumnsNeedDockingColumnStatistics {\n    columnStatistics(groupBy: COLUMN, filter: { column: FINANCING }) {\n      total {\n        received\n        completed\n        amountFinanced\n        rated\n        averageRating\n      }\n    }\n  }\n": typeof types.ColumnsNeedDockingColumnStatisticsDocument,
    "\n        mutation ColumnsNeedDockingDockingSubmit($i: DockingSubmitInput!) {\n          dockingSubmit(input: $i) {\n            docking {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.ColumnsNeedDockingDockingSubmitDocument,
    "\n  query ColumnsScenarioScenario($c: ScenarioCode!, $r: String) {\n    scenario(code: $c, regionCode: $r) {\n      code\n      title\n      summary\n      steps {\n        order\n        title\n        description\n        action {\n          label\n          operation\n          requiresLogin\n        }\n      }\n      nextAction {\n        label\n        operation\n        requiresLogin\n      }\n      institutions {\n        name\n      }\n      financingProducts {\n        name\n      }\n      financingRoutes {\n        code\n      }\n      startupResources {\n        name\n        kind\n      }\n      categories {\n        code\n        column\n      }\n      related {\n        kind\n        available\n        items {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ColumnsScenarioScenarioDocument,
    "\n    mutation ColumnsScenarioStartupResourceCreate($i: StartupResourceCreateInput!) {\n      startupResourceCreate(input: $i) {\n        errors {\n          field\n          message\n        }\n      }\n    }\n  ": typeof types.ColumnsScenarioStartupResourceCreateDocument,
    "\n        query ColumnsSeedColumnStatistics {\n          columnStatistics(groupBy: COLUMN) {\n            total {\n              received\n              answered\n              completed\n              rated\n              amountFinanced\n            }\n          }\n        }\n      ": typeof types.ColumnsSeedColumnStatisticsDocument,
    "\n        query ColumnsSeedStartupResources {\n          startupResources(first: 100, filter: { within: { south: 31.7, west: 117.1, north: 32.0, east: 117.5 } }) {\n            totalCount\n          }\n        }\n      ": typeof types.ColumnsSeedStartupResourcesDocument,
    "\n  mutation ColumnsSlaDockingColumnNeedReply($i: ColumnNeedReplyInput!) {\n    columnNeedReply(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ColumnsSlaDockingColumnNeedReplyDocument,
    "\n  mutation ColumnsSlaDockingColumnNeedStartDocking($i: ColumnNeedDockingInput!) {\n    columnNeedStartDocking(input: $i) {\n      need {\n        id\n        docking {\n          id\n          status\n        }\n      }\n      docking {\n        id\n        kind\n        status\n        firstResponseAt\n        resolutionDue\n        institution {\n          name\n        }\n        demand {\n          status\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ColumnsSlaDockingColumnNeedStartDockingDocument,
    "\n  query ColumnsSlaDockingColumnStatistics {\n    columnStatistics(groupBy: COLUMN, filter: { column: FINANCING }) {\n      total {\n        received\n        answered\n        answeredWithinSla\n      }\n    }\n  }\n": typeof types.ColumnsSlaDockingColumnStatisticsDocument,
    "\n      query ColumnsSlaDockingInstitutionColumnNeeds {\n        institutionColumnNeeds(first: 20, filter: { overdue: true }) {\n          nodes {\n            id\n          }\n        }\n      }\n    ": typeof types.ColumnsSlaDockingInstitutionColumnNeedsDocument,
    "\n      query ColumnsSlaDockingColumnNeed($id: ID!) {\n        columnNeed(id: $id) {\n          firstReplyOverdue\n        }\n      }\n    ": typeof types.ColumnsSlaDockingColumnNeedDocument,
    "\n        query ColumnsSlaDockingColumnNeed2($id: ID!) {\n          columnNeed(id: $id) {\n            institutions {\n              id\n              name\n            }\n            docking {\n              id\n            }\n          }\n        }\n      ": typeof types.ColumnsSlaDockingColumnNeed2Document,
    "\n      query ColumnsSlaDockingDocking($id: ID!) {\n        docking(id: $id) {\n          status\n          timeline {\n            type\n            party\n            body\n          }\n        }\n      }\n    ": typeof types.ColumnsSlaDockingDockingDocument,
    "\n        query ColumnsSlaDockingMyReminders {\n          myReminders(first: 10) {\n            nodes {\n              kind\n              message\n            }\n          }\n        }\n      ": typeof types.ColumnsSlaDockingMyRemindersDocument,
    "\n        mutation ColumnsSlaDockingDockingStart($i: DockingActionInput!) {\n          dockingStart(input: $i) {\n            docking {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.ColumnsSlaDockingDockingStartDocument,
    "\n        mutation ColumnsSlaDockingDockingComplete($i: DockingActionInput!) {\n          dockingComplete(input: $i) {\n            docking {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.ColumnsSlaDockingDockingCompleteDocument,
    "\n          query ColumnsSlaDockingColumnNeed3($id: ID!) {\n            columnNeed(id: $id) {\n              docking {\n                status\n              }\n            }\n          }\n        ": typeof types.ColumnsSlaDockingColumnNeed3Document,
    "\n      mutation ColumnsSlaDockingEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {\n        entrepreneurshipNeedSubmit(input: $i) {\n          need {\n            ...TestColumnNeed\n            institutions {\n              id\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.ColumnsSlaDockingEntrepreneurshipNeedSubmitDocument,
    "\n  mutation ColumnsStatsColumnNeedReply($i: ColumnNeedReplyInput!) {\n    columnNeedReply(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ColumnsStatsColumnNeedReplyDocument,
    "\n  fragment ColumnsStatsRow on ColumnStatsRow {\n    key\n    label\n    received\n    matched\n    answered\n    answeredWithinSla\n    completed\n    amountRequested\n    headcountRequested\n    amountFinanced\n    rated\n    averageRating\n    matchRate\n    slaRate\n    completionRate\n  }\n": typeof types.ColumnsStatsRowFragmentDoc,
    "\n  query ColumnsStatsColumnStatistics($g: StatsDimension!, $f: ColumnStatsFilter) {\n    columnStatistics(groupBy: $g, filter: $f) {\n      dimension\n      rows {\n        ...ColumnsStatsRow\n      }\n      total {\n        ...ColumnsStatsRow\n      }\n    }\n  }\n": typeof types.ColumnsStatsColumnStatisticsDocument,
    "\n      mutation ColumnsStatsTalentNeedSubmit($i: TalentNeedSubmitInput!) {\n        talentNeedSubmit(input: $i) {\n          need {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.ColumnsStatsTalentNeedSubmitDocument,
    "\n      mutation ColumnsStatsEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {\n        entrepreneurshipNeedSubmit(input: $i) {\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.ColumnsStatsEntrepreneurshipNeedSubmitDocument,
    "\n      mutation ColumnsStatsColumnNeedClose($i: ColumnNeedCloseInput!) {\n        columnNeedClose(input: $i) {\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.ColumnsStatsColumnNeedCloseDocument,
    "\n      mutation ColumnsStatsDiagnosisRequestSubmit($i: DiagnosisRequestSubmitInput!) {\n        diagnosisRequestSubmit(input: $i) {\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.ColumnsStatsDiagnosisRequestSubmitDocument,
    "\n        query ColumnsStatsColumnStatisticsCsv {\n          columnStatisticsCsv(groupBy: COLUMN)\n        }\n      ": typeof types.ColumnsStatsColumnStatisticsCsvDocument,
    "\n        query ColumnsStatsColumnStatisticsCsv2 {\n          columnStatisticsCsv(groupBy: COLUMN)\n        }\n      ": typeof types.ColumnsStatsColumnStatisticsCsv2Document,
    "\n        query ColumnsStatsColumnStatisticsXlsx {\n          columnStatisticsXlsx(groupBy: COLUMN) {\n            filename\n            mimeType\n            byteSize\n            contentBase64\n          }\n        }\n      ": typeof types.ColumnsStatsColumnStatisticsXlsxDocument,
    "\n        query ColumnsStatsColumnStatisticsXlsx2 {\n          columnStatisticsXlsx(groupBy: MONTH) {\n            byteSize\n          }\n        }\n      ": typeof types.ColumnsStatsColumnStatisticsXlsx2Document,
    "\n        query ColumnsStatsColumnStatisticsCsv3 {\n          columnStatisticsCsv(groupBy: MONTH)\n        }\n      ": typeof types.ColumnsStatsColumnStatisticsCsv3Document,
    "\n        mutation ColumnsStatsTalentNeedSubmit2($i: TalentNeedSubmitInput!) {\n          talentNeedSubmit(input: $i) {\n            need {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.ColumnsStatsTalentNeedSubmit2Document,
    "\n        mutation ColumnsStatsColumnNeedClose2($i: ColumnNeedCloseInput!) {\n          columnNeedClose(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.ColumnsStatsColumnNeedClose2Document,
    "\n      mutation ColumnsStatsColumnNeedClose3($i: ColumnNeedCloseInput!) {\n        columnNeedClose(input: $i) {\n          need {\n            status\n            amountFinanced\n            rating\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.ColumnsStatsColumnNeedClose3Document,
    "\n          query ColumnsStatsMyColumnNeeds {\n            myColumnNeeds(first: 10, filter: { column: TALENT }) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": typeof types.ColumnsStatsMyColumnNeedsDocument,
    "\n  mutation ColumnsTalentAdvisoryTalentNeedSubmit($i: TalentNeedSubmitInput!) {\n    talentNeedSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n        talent {\n          deadline\n          services\n          positions {\n            title\n            headcount\n            skills\n            salaryMin\n            salaryMax\n          }\n        }\n        institutions {\n          name\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ColumnsTalentAdvisoryTalentNeedSubmitDocument,
    "\n  mutation ColumnsTalentAdvisoryDiagnosisRequestSubmit($i: DiagnosisRequestSubmitInput!) {\n    diagnosisRequestSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n        category\n        diagnosis {\n          category\n          categoryLabel\n          group\n          onSite\n        }\n        institutions {\n          name\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ColumnsTalentAdvisoryDiagnosisRequestSubmitDocument,
    "\n        mutation ColumnsTalentAdvisoryColumnNeedReply($i: ColumnNeedReplyInput!) {\n          columnNeedReply(input: $i) {\n            need {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.ColumnsTalentAdvisoryColumnNeedReplyDocument,
    "\n          query ColumnsTalentAdvisoryColumnNeed($id: ID!) {\n            columnNeed(id: $id) {\n              id\n            }\n          }\n        ": typeof types.ColumnsTalentAdvisoryColumnNeedDocument,
    "\n        query ColumnsTalentAdvisoryServiceCatalogue {\n          serviceCatalogue(column: TECHNOLOGY) {\n            code\n            label\n            group\n          }\n        }\n      ": typeof types.ColumnsTalentAdvisoryServiceCatalogueDocument,
    "\n        query ColumnsTalentAdvisoryServiceCatalogue2 {\n          serviceCatalogue(column: CONSULTING) {\n            code\n            label\n            group\n          }\n        }\n      ": typeof types.ColumnsTalentAdvisoryServiceCatalogue2Document,
    "\n            query ColumnsTalentAdvisoryInstitutionColumnNeeds {\n              institutionColumnNeeds(first: 10) {\n                totalCount\n              }\n            }\n          ": typeof types.ColumnsTalentAdvisoryInstitutionColumnNeedsDocument,
    "\n        query ColumnsTalentAdvisoryInstitutionColumnNeeds2 {\n          institutionColumnNeeds(first: 10) {\n            totalCount\n            nodes {\n              id\n              title\n              enterpriseProfile {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ColumnsTalentAdvisoryInstitutionColumnNeeds2Document,
    "\n        mutation ColumnsTalentAdvisoryColumnNeedReply2($i: ColumnNeedReplyInput!) {\n          columnNeedReply(input: $i) {\n            need {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.ColumnsTalentAdvisoryColumnNeedReply2Document,
    "\n        query ColumnsTalentAdvisoryMyColumnNeeds {\n          myColumnNeeds(first: 100) {\n            totalCount\n            nodes {\n              title\n              institutions {\n                name\n              }\n              replies {\n                body\n                institution {\n                  name\n                }\n              }\n              talent {\n                deadline\n              }\n              diagnosis {\n                group\n              }\n            }\n          }\n        }\n      ": typeof types.ColumnsTalentAdvisoryMyColumnNeedsDocument,
    "\n  fragment DemandTestDemand on Demand {\n    id\n    name\n    status\n    visibility\n    regionName\n    periodStart\n    periodEnd\n    budget\n    offers {\n      id\n      plan\n      status\n      institution {\n        name\n      }\n    }\n    docking {\n      id\n      status\n      kind\n    }\n  }\n": typeof types.DemandTestDemandFragmentDoc,
    "\n  mutation DemandDemandCreate($i: DemandCreateInput!) {\n    demandCreate(input: $i) {\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.DemandDemandCreateDocument,
    "\n  mutation DemandDemandReview($i: DemandReviewInput!) {\n    demandReview(input: $i) {\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.DemandDemandReviewDocument,
    "\n  mutation DemandDemandOffer($i: DemandOfferInput!) {\n    demandOffer(input: $i) {\n      offer {\n        id\n        status\n      }\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.DemandDemandOfferDocument,
    "\n  mutation DemandDemandChooseOffer($i: DemandChooseInput!) {\n    demandChooseOffer(input: $i) {\n      docking {\n        id\n        status\n        kind\n        resolutionDue\n        firstResponseAt\n      }\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.DemandDemandChooseOfferDocument,
    "\n  query DemandDemands {\n    demands(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DemandDemandsDocument,
    "\n        query DemandDemandHandlingRules {\n          demandHandlingRules {\n            version\n            scope\n            reviewStandards\n            process\n            tracking\n          }\n        }\n      ": typeof types.DemandDemandHandlingRulesDocument,
    "\n        mutation DemandDemandDispatch($i: DemandDispatchInput!) {\n          demandDispatch(input: $i) {\n            demand {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.DemandDemandDispatchDocument,
    "\n        query DemandDemand($id: ID!) {\n          demand(id: $id) {\n            offers {\n              plan\n            }\n          }\n        }\n      ": typeof types.DemandDemandDocument,
    "\n        query DemandDemand2($id: ID!) {\n          demand(id: $id) {\n            offers {\n              plan\n            }\n          }\n        }\n      ": typeof types.DemandDemand2Document,
    "\n      mutation DemandDockingStart($i: DockingActionInput!) {\n        dockingStart(input: $i) {\n          docking {\n            status\n            demand {\n              name\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.DemandDockingStartDocument,
    "\n      mutation DemandDockingComplete($i: DockingActionInput!) {\n        dockingComplete(input: $i) {\n          docking {\n            status\n            demand {\n              name\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.DemandDockingCompleteDocument,
    "\n        mutation DemandDockingEvaluate($i: DockingEvaluateInput!) {\n          dockingEvaluate(input: $i) {\n            docking {\n              evaluation {\n                average\n              }\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.DemandDockingEvaluateDocument,
    "\n            query DemandDemand3($id: ID!) {\n              demand(id: $id) {\n                id\n              }\n            }\n          ": typeof types.DemandDemand3Document,
    "\n        mutation DemandDemandDispatch2($i: DemandDispatchInput!) {\n          demandDispatch(input: $i) {\n            demand {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.DemandDemandDispatch2Document,
    "\n      query DemandMyReminders {\n        myReminders(first: 100) {\n          nodes {\n            kind\n            demandId\n          }\n        }\n      }\n    ": typeof types.DemandMyRemindersDocument,
    "\n      mutation DemandDemandCancel($i: DemandRefInput!) {\n        demandCancel(input: $i) {\n          demand {\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.DemandDemandCancelDocument,
    "\n        query DemandDemands2 {\n          demands(first: 100) {\n            totalCount\n            nodes {\n              id\n              name\n              regionName\n              offers {\n                plan\n                institution {\n                  name\n                }\n              }\n              docking {\n                status\n              }\n            }\n          }\n        }\n      ": typeof types.DemandDemands2Document,
    "\n      query DemandDockings {\n        dockings(first: 50) {\n          totalCount\n          nodes {\n            id\n            status\n            demand {\n              name\n            }\n            product {\n              name\n            }\n            enterprise {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.DemandDockingsDocument,
    "\n  mutation DockingHolidaysDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n        firstResponseDue\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.DockingHolidaysDockingSubmitDocument,
    "\n  query DockingHolidaysDocking($id: ID!) {\n    docking(id: $id) {\n      timeline {\n        type\n        at\n      }\n    }\n  }\n": typeof types.DockingHolidaysDockingDocument,
    "\n  mutation DockingHolidaysWorkingDayOverrideSet($i: WorkingDayOverrideInput!) {\n    workingDayOverrideSet(input: $i) {\n      day {\n        date\n        working\n        source\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.DockingHolidaysWorkingDayOverrideSetDocument,
    "\n  mutation DockingHolidaysWorkingDayOverrideRemove($i: WorkingDayOverrideRemoveInput!) {\n    workingDayOverrideRemove(input: $i) {\n      day {\n        date\n        working\n        source\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.DockingHolidaysWorkingDayOverrideRemoveDocument,
    "\n        query DockingHolidaysWorkingDays {\n          workingDays(from: \"2026-10-09\", days: 5) {\n            date\n            working\n            source\n            publicCalendarKnown\n          }\n        }\n      ": typeof types.DockingHolidaysWorkingDaysDocument,
    "\n        query DockingHolidaysWorkingDayOverrides {\n          workingDayOverrides(year: 2026) {\n            date\n            workday\n            note\n          }\n        }\n      ": typeof types.DockingHolidaysWorkingDayOverridesDocument,
    "\n        query DockingSeedServiceProducts {\n          serviceProducts(first: 1) {\n            totalCount\n          }\n          activities(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.DockingSeedServiceProductsDocument,
    "\n  mutation DockingSlaDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n        firstResponseDue\n        resolutionDue\n        createdAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.DockingSlaDockingSubmitDocument,
    "\n  mutation DockingSlaDockingUrge($i: DockingActionInput!) {\n    dockingUrge(input: $i) {\n      docking {\n        urgeCount\n        escalationLevel\n        lastUrgedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.DockingSlaDockingUrgeDocument,
    "\n  query DockingSlaDocking($id: ID!) {\n    docking(id: $id) {\n      escalationLevel\n      timeline {\n        type\n        party\n        body\n      }\n    }\n  }\n": typeof types.DockingSlaDockingDocument,
    "\n  query DockingSlaMyReminders {\n    myReminders(first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        message\n        docking {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DockingSlaMyRemindersDocument,
    "\n        subscription DockingSlaReminderReceived {\n          reminderReceived {\n            kind\n            message\n            docking {\n              id\n            }\n          }\n        }\n      ": typeof types.DockingSlaReminderReceivedDocument,
    "\n        subscription DockingSlaReminderReceived2 {\n          reminderReceived {\n            kind\n            docking {\n              id\n            }\n          }\n        }\n      ": typeof types.DockingSlaReminderReceived2Document,
    "\n        subscription DockingSlaReminderReceived3 {\n          reminderReceived {\n            kind\n          }\n        }\n      ": typeof types.DockingSlaReminderReceived3Document,
    "\n            query DockingSlaInstitutionSlaStatistics {\n              institutionSlaStatistics(first: 10) {\n                nodes {\n                  breached\n                  firstResponseOnTimeRate\n                }\n              }\n            }\n          ": typeof types.DockingSlaInstitutionSlaStatisticsDocument,
    "\n        subscription DockingSlaReminderReceived4 {\n          reminderReceived {\n            kind\n            docking {\n              id\n              escalationLevel\n              urgeCount\n            }\n          }\n        }\n      ": typeof types.DockingSlaReminderReceived4Document,
    "\n      query DockingSlaDockingStatistics($id: ID) {\n        dockingStatistics(institutionId: $id) {\n          total\n          breached\n          urges\n          firstResponseOnTimeRate\n        }\n      }\n    ": typeof types.DockingSlaDockingStatisticsDocument,
    "\n      mutation DockingSlaDockingAccept($i: DockingActionInput!) {\n        dockingAccept(input: $i) {\n          docking {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.DockingSlaDockingAcceptDocument,
    "\n          query DockingSlaInstitutionSlaStatistics2 {\n            institutionSlaStatistics(first: 100) {\n              nodes {\n                institution {\n                  id\n                }\n                breached\n                urges\n              }\n            }\n          }\n        ": typeof types.DockingSlaInstitutionSlaStatistics2Document,
    "\n        mutation DockingSlaDockingAccept2($i: DockingActionInput!) {\n          dockingAccept(input: $i) {\n            docking {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.DockingSlaDockingAccept2Document,
    "\n        mutation DockingSlaDockingMessageSend($i: DockingMessageInput!) {\n          dockingMessageSend(input: $i) {\n            docking {\n              awaitingReplySince\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.DockingSlaDockingMessageSendDocument,
    "\n          query DockingSlaDockingStatistics2 {\n            dockingStatistics {\n              firstResponseOnTimeRate\n              responded\n            }\n          }\n        ": typeof types.DockingSlaDockingStatistics2Document,
    "\n        mutation DockingSlaInstitutionStaffAdd($i: InstitutionStaffAddInput!) {\n          institutionStaffAdd(input: $i) {\n            institution {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.DockingSlaInstitutionStaffAddDocument,
    "\n        mutation DockingSlaInstitutionDockingSettingsUpdate($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            settings {\n              responsibleDepartment\n              responsiblePersonId\n              firstResponseMinutes\n              replyMinutes\n              resolutionMinutes\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.DockingSlaInstitutionDockingSettingsUpdateDocument,
    "\n        mutation DockingSlaInstitutionDockingSettingsUpdate2($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.DockingSlaInstitutionDockingSettingsUpdate2Document,
    "\n        mutation DockingSlaInstitutionDockingSettingsUpdate3($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.DockingSlaInstitutionDockingSettingsUpdate3Document,
    "\n      query DockingSlaPlatformDockingSla {\n        platformDockingSla {\n          firstResponseMinutes\n          replyMinutes\n          resolutionMinutes\n          builtIn\n          updatedAt\n        }\n      }\n    ": typeof types.DockingSlaPlatformDockingSlaDocument,
    "\n      mutation DockingSlaPlatformDockingSlaUpdate($i: PlatformDockingSlaInput!) {\n        platformDockingSlaUpdate(input: $i) {\n          sla {\n            firstResponseMinutes\n            replyMinutes\n            resolutionMinutes\n            builtIn\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.DockingSlaPlatformDockingSlaUpdateDocument,
    "\n        mutation DockingSlaInstitutionDockingSettingsUpdate4($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            settings {\n              firstResponseMinutes\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.DockingSlaInstitutionDockingSettingsUpdate4Document,
    "\n          query DockingSlaMyDockingSettings {\n            myDockingSettings {\n              firstResponseMinutes\n              replyMinutes\n              resolutionMinutes\n            }\n          }\n        ": typeof types.DockingSlaMyDockingSettingsDocument,
    "\n      mutation DockingSlaPlatformDockingSlaReset {\n        platformDockingSlaReset {\n          sla {\n            firstResponseMinutes\n            replyMinutes\n            resolutionMinutes\n            builtIn\n            updatedAt\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.DockingSlaPlatformDockingSlaResetDocument,
    "\n            query DockingSlaMyDockingSettings2 {\n              myDockingSettings {\n                firstResponseMinutes\n                replyMinutes\n                resolutionMinutes\n              }\n            }\n          ": typeof types.DockingSlaMyDockingSettings2Document,
    "\n  fragment DockingTestPayload on DockingPayload {\n    docking {\n      id\n      status\n      kind\n      needs\n      firstResponseAt\n      acceptedAt\n      serviceStartedAt\n      finishedAt\n      firstResponseDue\n      resolutionDue\n      urgeCount\n      escalationLevel\n      timeline {\n        type\n        party\n        body\n        at\n      }\n      messages {\n        body\n        party\n      }\n      evaluation {\n        quality\n        average\n        comment\n        reply\n      }\n      enterprise {\n        name\n        verified\n      }\n      product {\n        name\n      }\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n": typeof types.DockingTestPayloadFragmentDoc,
    "\n  mutation DockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": typeof types.DockingSubmitDocument,
    "\n  mutation DockingMessageSend($i: DockingMessageInput!) {\n    dockingMessageSend(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": typeof types.DockingMessageSendDocument,
    "\n  mutation DockingEvaluate($i: DockingEvaluateInput!) {\n    dockingEvaluate(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": typeof types.DockingEvaluateDocument,
    "\n  mutation DockingEvaluationReply($i: DockingEvaluationReplyInput!) {\n    dockingEvaluationReply(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": typeof types.DockingEvaluationReplyDocument,
    "\n  mutation DockingAccept($i: DockingActionInput!) {\n    dockingAccept(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": typeof types.DockingAcceptDocument,
    "\n  mutation DockingStart($i: DockingActionInput!) {\n    dockingStart(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": typeof types.DockingStartDocument,
    "\n  mutation DockingComplete($i: DockingActionInput!) {\n    dockingComplete(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": typeof types.DockingCompleteDocument,
    "\n  mutation DockingDecline($i: DockingActionInput!) {\n    dockingDecline(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": typeof types.DockingDeclineDocument,
    "\n  mutation DockingCancel($i: DockingActionInput!) {\n    dockingCancel(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": typeof types.DockingCancelDocument,
    "\n  mutation DockingClose($i: DockingActionInput!) {\n    dockingClose(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": typeof types.DockingCloseDocument,
    "\n  mutation DockingUrge($i: DockingActionInput!) {\n    dockingUrge(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": typeof types.DockingUrgeDocument,
    "\n  query DockingTimeline($id: ID!) {\n    docking(id: $id) {\n      timeline {\n        type\n        party\n        at\n      }\n      messages {\n        body\n      }\n    }\n  }\n": typeof types.DockingTimelineDocument,
    "\n  query DockingOne($id: ID!) {\n    docking(id: $id) {\n      id\n    }\n  }\n": typeof types.DockingOneDocument,
    "\n  query DockingCount {\n    dockings(first: 100) {\n      totalCount\n    }\n  }\n": typeof types.DockingCountDocument,
    "\n  query DockingStatistics {\n    dockingStatistics {\n      total\n      open\n      responded\n      byStatus {\n        status\n        count\n      }\n      averageRating\n      firstResponseOnTimeRate\n    }\n  }\n": typeof types.DockingStatisticsDocument,
    "\n  query DockingPublicSummaries {\n    serviceProducts(first: 100) {\n      nodes {\n        id\n        dockingSummary {\n          requests\n          completed\n          averageRating\n        }\n        institution {\n          dockingSummary {\n            completed\n            evaluations\n          }\n        }\n      }\n    }\n  }\n": typeof types.DockingPublicSummariesDocument,
    "\n  query DockingList {\n    dockings(first: 100) {\n      totalCount\n      nodes {\n        id\n        status\n        product {\n          name\n        }\n        institution {\n          name\n        }\n        enterprise {\n          name\n        }\n        evaluation {\n          average\n        }\n        timeline {\n          type\n        }\n      }\n    }\n  }\n": typeof types.DockingListDocument,
    "\n  query DockingSlaStatistics {\n    institutionSlaStatistics(first: 10) {\n      totalCount\n      nodes {\n        institution {\n          name\n        }\n        total\n        breached\n        urges\n      }\n    }\n  }\n": typeof types.DockingSlaStatisticsDocument,
    "\n  query DockingSlaCount {\n    institutionSlaStatistics(first: 10) {\n      totalCount\n    }\n  }\n": typeof types.DockingSlaCountDocument,
    "\n  subscription DockingUpdated($id: ID) {\n    dockingUpdated(dockingId: $id) {\n      docking {\n        id\n        status\n      }\n      event {\n        type\n        party\n        body\n      }\n    }\n  }\n": typeof types.DockingUpdatedDocument,
    "\n  subscription DockingUpdatedTimeline($id: ID) {\n    dockingUpdated(dockingId: $id) {\n      docking {\n        status\n        timeline {\n          type\n          body\n        }\n      }\n    }\n  }\n": typeof types.DockingUpdatedTimelineDocument,
    "\n        query EnterpriseMe {\n          me {\n            roles\n            enterpriseRole\n            enterprise {\n              name\n              sizeClass\n              regionName\n              industryName\n              members {\n                displayName\n              }\n            }\n          }\n        }\n      ": typeof types.EnterpriseMeDocument,
    "\n        query EnterpriseEnterprise($id: ID!) {\n          enterprise(id: $id) {\n            name\n            contactPhone\n            revenue\n          }\n        }\n      ": typeof types.EnterpriseEnterpriseDocument,
    "\n        query EnterpriseEnterprise2($id: ID!) {\n          enterprise(id: $id) {\n            name\n          }\n        }\n      ": typeof types.EnterpriseEnterprise2Document,
    "\n        query EnterpriseEnterprises {\n          enterprises(first: 10) {\n            totalCount\n          }\n        }\n      ": typeof types.EnterpriseEnterprisesDocument,
    "\n        mutation EnterpriseEnterpriseReview($i: EnterpriseReviewInput!) {\n          enterpriseReview(input: $i) {\n            errors {\n              code\n            }\n          }\n        }\n      ": typeof types.EnterpriseEnterpriseReviewDocument,
    "\n        query EnterpriseEnterprise3($id: ID!) {\n          enterprise(id: $id) {\n            id\n          }\n        }\n      ": typeof types.EnterpriseEnterprise3Document,
    "\n      subscription EnterpriseMyEnterpriseReviewed {\n        myEnterpriseReviewed {\n          status\n          reason\n          enterprise {\n            name\n          }\n        }\n      }\n    ": typeof types.EnterpriseMyEnterpriseReviewedDocument,
    "\n      mutation EnterpriseEnterpriseReview2($i: EnterpriseReviewInput!) {\n        enterpriseReview(input: $i) {\n          enterprise {\n            status\n            reviewReason\n          }\n          errors {\n            code\n            field\n          }\n        }\n      }\n    ": typeof types.EnterpriseEnterpriseReview2Document,
    "\n        query EnterpriseMe2 {\n          me {\n            enterprise {\n              status\n              reviewReason\n              reviewedAt\n            }\n          }\n        }\n      ": typeof types.EnterpriseMe2Document,
    "\n      query EnterpriseEnterprises2 {\n        enterprises(first: 100, filter: { nameContains: \"站点专属\" }) {\n          totalCount\n          nodes {\n            site {\n              code\n            }\n          }\n        }\n      }\n    ": typeof types.EnterpriseEnterprises2Document,
    "\n    mutation EnterpriseEnterpriseUpdate($i: EnterpriseUpdateInput!) {\n      enterpriseUpdate(input: $i) {\n        enterprise {\n          name\n          sizeClass\n          status\n          employees\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  ": typeof types.EnterpriseEnterpriseUpdateDocument,
    "\n        mutation EnterpriseEnterpriseReview3($i: EnterpriseReviewInput!) {\n          enterpriseReview(input: $i) {\n            errors {\n              code\n            }\n          }\n        }\n      ": typeof types.EnterpriseEnterpriseReview3Document,
    "\n      mutation EnterpriseEnterpriseMemberAdd($i: EnterpriseMemberAddInput!) {\n        enterpriseMemberAdd(input: $i) {\n          enterprise {\n            members {\n              id\n              displayName\n              enterpriseRole\n            }\n          }\n          errors {\n            code\n            field\n          }\n        }\n      }\n    ": typeof types.EnterpriseEnterpriseMemberAddDocument,
    "\n          query EnterpriseMyEnterpriseInvitations {\n            myEnterpriseInvitations {\n              id\n              enterpriseName\n              invitedByName\n            }\n          }\n        ": typeof types.EnterpriseMyEnterpriseInvitationsDocument,
    "\n        mutation EnterpriseEnterpriseInvitationAccept($i: EnterpriseInvitationInput!) {\n          enterpriseInvitationAccept(input: $i) {\n            joined\n            errors {\n              code\n            }\n          }\n        }\n      ": typeof types.EnterpriseEnterpriseInvitationAcceptDocument,
    "\n          query EnterpriseMe3 {\n            me {\n              enterprise {\n                members {\n                  id\n                  enterpriseRole\n                }\n              }\n            }\n          }\n        ": typeof types.EnterpriseMe3Document,
    "\n        query EnterpriseMe4 {\n          me {\n            enterprise {\n              name\n            }\n          }\n        }\n      ": typeof types.EnterpriseMe4Document,
    "\n        mutation EnterpriseEnterpriseMemberRemove($i: EnterpriseMemberRemoveInput!) {\n          enterpriseMemberRemove(input: $i) {\n            enterprise {\n              members {\n                displayName\n              }\n            }\n            errors {\n              code\n            }\n          }\n        }\n      ": typeof types.EnterpriseEnterpriseMemberRemoveDocument,
    "\n            query EnterpriseMe5 {\n              me {\n                id\n              }\n            }\n          ": typeof types.EnterpriseMe5Document,
    "\n  query HelpGuides($audience: GuideAudience) {\n    guides(audience: $audience) {\n      slug\n      title\n      audience\n      summary\n      sections {\n        heading\n        blocks {\n          kind\n          text\n          items\n        }\n      }\n    }\n  }\n": typeof types.HelpGuidesDocument,
    "\n  query HelpGuide {\n    guide(slug: \"enterprise-start\") {\n      title\n      markdown\n      sections {\n        heading\n        blocks {\n          kind\n          items\n        }\n      }\n    }\n  }\n": typeof types.HelpGuideDocument,
    "\n  query HelpGuideUnknownSlug {\n    guide(slug: \"<script>alert(1)</script>\") {\n      slug\n    }\n  }\n": typeof types.HelpGuideUnknownSlugDocument,
    "\n  mutation IdentityAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IdentityAccountRegisterDocument,
    "\n  mutation IdentityLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      idleTimeoutSeconds\n      account {\n        displayName\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IdentityLoginDocument,
    "\n        query IdentityMe {\n          me {\n            displayName\n          }\n        }\n      ": typeof types.IdentityMeDocument,
    "\n            query IdentityMe2 {\n              me {\n                displayName\n              }\n            }\n          ": typeof types.IdentityMe2Document,
    "\n        mutation IdentityLogout {\n          logout {\n            revoked\n          }\n        }\n      ": typeof types.IdentityLogoutDocument,
    "\n            query IdentityMe3 {\n              me {\n                displayName\n              }\n            }\n          ": typeof types.IdentityMe3Document,
    "\n            query IdentityMe4 {\n              me {\n                displayName\n              }\n            }\n          ": typeof types.IdentityMe4Document,
    "\n            query IdentityMe5 {\n              me {\n                displayName\n              }\n            }\n          ": typeof types.IdentityMe5Document,
    "\n        mutation IdentityPasswordChange($i: PasswordChangeInput!) {\n          passwordChange(input: $i) {\n            account {\n              id\n            }\n            errors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.IdentityPasswordChangeDocument,
    "\n            query IdentityMe6 {\n              me {\n                id\n              }\n            }\n          ": typeof types.IdentityMe6Document,
    "\n            query IdentityMe7 {\n              me {\n                id\n              }\n            }\n          ": typeof types.IdentityMe7Document,
    "\n    mutation IdentityLogin2($i: LoginInput!) {\n      login(input: $i) {\n        errors {\n          code\n          message\n        }\n      }\n    }\n  ": typeof types.IdentityLogin2Document,
    "\n    mutation IdentityAccountRolesSet($i: AccountRolesSetInput!) {\n      accountRolesSet(input: $i) {\n        account {\n          roles\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  ": typeof types.IdentityAccountRolesSetDocument,
    "\n        mutation IdentityStaffAccountCreate($i: StaffAccountCreateInput!) {\n          staffAccountCreate(input: $i) {\n            account {\n              id\n              roles\n            }\n            errors {\n              code\n            }\n          }\n        }\n      ": typeof types.IdentityStaffAccountCreateDocument,
    "\n        query IdentityAuditLog {\n          auditLog(first: 50, filter: { operation: \"account.create\" }) {\n            totalCount\n            nodes {\n              operation\n              result\n              actorId\n              ip\n              at\n            }\n          }\n        }\n      ": typeof types.IdentityAuditLogDocument,
    "\n        query IdentityAuditLog2 {\n          auditLog(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.IdentityAuditLog2Document,
    "\n        query IdentityAccounts($s: String) {\n          accounts(first: 10, filter: { locked: true, search: $s }) {\n            totalCount\n            nodes {\n              id\n              displayName\n              locked\n              disabled\n            }\n          }\n        }\n      ": typeof types.IdentityAccountsDocument,
    "\n      mutation IdentityAccountStatusSet($i: AccountStatusSetInput!) {\n        accountStatusSet(input: $i) {\n          account {\n            locked\n            disabled\n          }\n          errors {\n            code\n          }\n        }\n      }\n    ": typeof types.IdentityAccountStatusSetDocument,
    "\n            query IdentityMe8 {\n              me {\n                id\n              }\n            }\n          ": typeof types.IdentityMe8Document,
    "\n        query IdentityAccounts2 {\n          accounts(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.IdentityAccounts2Document,
    "\n  mutation InstitutionInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) {\n      institution {\n        id\n        name\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.InstitutionInstitutionApplyDocument,
    "\n  mutation InstitutionInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) {\n      institution {\n        status\n        reviewReason\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.InstitutionInstitutionReviewDocument,
    "\n        query InstitutionInstitution($id: ID!) {\n          institution(id: $id) {\n            name\n          }\n        }\n      ": typeof types.InstitutionInstitutionDocument,
    "\n        query InstitutionInstitutions {\n          institutions(first: 10) {\n            totalCount\n          }\n        }\n      ": typeof types.InstitutionInstitutionsDocument,
    "\n        query InstitutionInstitutions2 {\n          institutions(first: 10, filter: { column: FINANCING, regionCode: \"340104\" }) {\n            totalCount\n            nodes {\n              name\n              responsibleDepartment\n              staff {\n                displayName\n              }\n            }\n          }\n        }\n      ": typeof types.InstitutionInstitutions2Document,
    "\n        mutation InstitutionInstitutionStaffAdd($i: InstitutionStaffAddInput!) {\n          institutionStaffAdd(input: $i) {\n            institution {\n              staff {\n                displayName\n              }\n            }\n            errors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.InstitutionInstitutionStaffAddDocument,
    "\n        query InstitutionMe {\n          me {\n            roles\n            institution {\n              name\n            }\n          }\n        }\n      ": typeof types.InstitutionMeDocument,
    "\n        mutation InstitutionInstitutionStaffAdd2($i: InstitutionStaffAddInput!) {\n          institutionStaffAdd(input: $i) {\n            errors {\n              code\n            }\n          }\n        }\n      ": typeof types.InstitutionInstitutionStaffAdd2Document,
    "\n        query InstitutionMe2 {\n          me {\n            institution {\n              status\n              reviewReason\n            }\n          }\n        }\n      ": typeof types.InstitutionMe2Document,
    "\n  query JobsDeadLetters($q: String, $first: Int) {\n    jobDeadLetters(queue: $q, first: $first) {\n      totalCount\n      nodes {\n        id\n        queue\n        payload\n        attempts\n        maxAttempts\n        lastError\n        failedAt\n      }\n    }\n  }\n": typeof types.JobsDeadLettersDocument,
    "\n  mutation JobsRetry($i: JobRetryInput!) {\n    jobRetry(input: $i) {\n      job {\n        id\n        queue\n        attempts\n        failedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.JobsRetryDocument,
    "\n        query LimitsCurrentSite {\n          currentSite {\n            code\n          }\n        }\n      ": typeof types.LimitsCurrentSiteDocument,
    "\n  query ModulesQueryFields {\n    __schema {\n      queryType {\n        fields {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ModulesQueryFieldsDocument,
    "\n  query ModulesSearchAndSite {\n    search(input: { query: \"融资\" }) {\n      totalCount\n    }\n    currentSite {\n      code\n    }\n  }\n": typeof types.ModulesSearchAndSiteDocument,
    "\n  fragment NoticeFields on Notice {\n    id\n    title\n    body\n    pinned\n    provinceOnly\n    publishedAt\n    site {\n      code\n    }\n  }\n": typeof types.NoticeFieldsFragmentDoc,
    "\n  mutation NoticeCreate($i: NoticeCreateInput!) {\n    noticeCreate(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.NoticeCreateDocument,
    "\n  mutation NoticeUpdate($i: NoticeUpdateInput!) {\n    noticeUpdate(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.NoticeUpdateDocument,
    "\n  mutation NoticePublish($i: NoticeIdInput!) {\n    noticePublish(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.NoticePublishDocument,
    "\n  mutation NoticeUnpublish($i: NoticeIdInput!) {\n    noticeUnpublish(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.NoticeUnpublishDocument,
    "\n  mutation NoticeDelete($i: NoticeIdInput!) {\n    noticeDelete(input: $i) {\n      deletedId\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.NoticeDeleteDocument,
    "\n  query NoticeList($d: Boolean) {\n    notices(first: 50, drafts: $d) {\n      totalCount\n      nodes {\n        ...NoticeFields\n      }\n    }\n  }\n": typeof types.NoticeListDocument,
    "\n  query NoticeOne($id: ID!) {\n    notice(id: $id) {\n      ...NoticeFields\n    }\n  }\n": typeof types.NoticeOneDocument,
    "\n  query NoticeFirstPage {\n    notices(first: 2) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.NoticeFirstPageDocument,
    "\n  query NoticeNextPage($a: String) {\n    notices(first: 2, after: $a) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.NoticeNextPageDocument,
    "\n  query NoticeTooMany {\n    notices(first: 101) {\n      totalCount\n    }\n  }\n": typeof types.NoticeTooManyDocument,
    "\n  query NotificationMyNotifications($first: Int, $unreadOnly: Boolean, $kind: NotificationKind) {\n    myNotifications(first: $first, unreadOnly: $unreadOnly, kind: $kind) {\n      totalCount\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        readAt\n        deliveries {\n          channel\n          status\n          attempts\n          reason\n        }\n      }\n    }\n  }\n": typeof types.NotificationMyNotificationsDocument,
    "\n  query NotificationMyUnreadNotificationCount {\n    myUnreadNotificationCount\n  }\n": typeof types.NotificationMyUnreadNotificationCountDocument,
    "\n  mutation NotificationMyNotificationPreferencesUpdate($i: NotificationPreferencesInput!) {\n    myNotificationPreferencesUpdate(input: $i) {\n      preferences {\n        quietStart\n        quietEnd\n        emailDailyCap\n        kinds {\n          kind\n          email\n          sms\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.NotificationMyNotificationPreferencesUpdateDocument,
    "\n  mutation NotificationDockingMessageSend($i: DockingMessageInput!) {\n    dockingMessageSend(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.NotificationDockingMessageSendDocument,
    "\n  mutation NotificationDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.NotificationDockingSubmitDocument,
    "\n  query NotificationNotificationDeliveries($status: DeliveryStatus) {\n    notificationDeliveries(first: 100, status: $status) {\n      totalCount\n      nodes {\n        id\n        notificationId\n        channel\n        status\n        attempts\n        reason\n        address\n      }\n    }\n  }\n": typeof types.NotificationNotificationDeliveriesDocument,
    "\n      mutation NotificationActivityCreate($i: ActivityCreateInput!) {\n        activityCreate(input: $i) {\n          activity {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.NotificationActivityCreateDocument,
    "\n      mutation NotificationActivityReview($i: ActivityReviewInput!) {\n        activityReview(input: $i) {\n          activity {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.NotificationActivityReviewDocument,
    "\n        mutation NotificationNotificationDeliveryRetry($id: ID!) {\n          notificationDeliveryRetry(id: $id) {\n            delivery {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.NotificationNotificationDeliveryRetryDocument,
    "\n      mutation NotificationMyNotificationsMarkRead($i: NotificationsMarkReadInput!) {\n        myNotificationsMarkRead(input: $i) {\n          unreadCount\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.NotificationMyNotificationsMarkReadDocument,
    "\n          mutation NotificationMyNotificationsMarkAllRead {\n            myNotificationsMarkAllRead {\n              unreadCount\n              errors {\n                ...TestUserError\n              }\n            }\n          }\n        ": typeof types.NotificationMyNotificationsMarkAllReadDocument,
    "\n      mutation NotificationActivityRegister($i: ActivityRefInput!) {\n        activityRegister(input: $i) {\n          registration {\n            id\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.NotificationActivityRegisterDocument,
    "\n        subscription NotificationMyUnreadNotificationCountChanged {\n          myUnreadNotificationCountChanged\n        }\n      ": typeof types.NotificationMyUnreadNotificationCountChangedDocument,
    "\n        mutation NotificationActivityRegistrationCancel($i: RegistrationRefInput!) {\n          activityRegistrationCancel(input: $i) {\n            registration {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.NotificationActivityRegistrationCancelDocument,
    "\n      mutation NotificationActivityRegister2($i: ActivityRefInput!) {\n        activityRegister(input: $i) {\n          registration {\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.NotificationActivityRegister2Document,
    "\n      mutation NotificationNotificationUnsubscribe($t: String!) {\n        notificationUnsubscribe(token: $t) {\n          kind\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": typeof types.NotificationNotificationUnsubscribeDocument,
    "\n        query PartnerScopesCurrentSite {\n          currentSite {\n            id\n          }\n        }\n      ": typeof types.PartnerScopesCurrentSiteDocument,
    "\n  mutation PartnerScopesApiClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      client {\n        id\n        clientId\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PartnerScopesApiClientCreateDocument,
    "\n  mutation PartnerScopesApiClientRevoke($id: ID!) {\n    apiClientRevoke(id: $id) {\n      client {\n        revokedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PartnerScopesApiClientRevokeDocument,
    "\n  mutation PartnerScopesApiClientConsentGrant($i: ApiClientConsentInput!) {\n    apiClientConsentGrant(input: $i) {\n      consent {\n        clientId\n        clientName\n        enterpriseId\n        enterpriseName\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PartnerScopesApiClientConsentGrantDocument,
    "\n  mutation PartnerScopesApiClientConsentRevoke($i: ApiClientConsentInput!) {\n    apiClientConsentRevoke(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PartnerScopesApiClientConsentRevokeDocument,
    "\n  query PartnerScopesApiClientConsents {\n    apiClientConsents(first: 10) {\n      totalCount\n      edges {\n        node {\n          clientId\n          enterpriseId\n          enterpriseName\n        }\n      }\n    }\n  }\n": typeof types.PartnerScopesApiClientConsentsDocument,
    "\n  query PartnerScopesEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      contactPhone\n      members {\n        id\n      }\n      createdBy {\n        id\n      }\n    }\n  }\n": typeof types.PartnerScopesEnterpriseDocument,
    "\n      mutation PartnerScopesMyNotificationsMarkAllRead {\n        myNotificationsMarkAllRead {\n          errors {\n            code\n          }\n        }\n      }\n    ": typeof types.PartnerScopesMyNotificationsMarkAllReadDocument,
    "\n        query PartnerScopesMyNotifications {\n          myNotifications(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.PartnerScopesMyNotificationsDocument,
    "\n          query PartnerScopesMe {\n            me {\n              id\n            }\n            currentSite {\n              code\n            }\n          }\n        ": typeof types.PartnerScopesMeDocument,
    "\n          query PartnerScopesCurrentSite2 {\n            currentSite {\n              code\n            }\n          }\n        ": typeof types.PartnerScopesCurrentSite2Document,
    "\n              query PartnerScopesCurrentSite3 {\n                currentSite {\n                  code\n                }\n              }\n            ": typeof types.PartnerScopesCurrentSite3Document,
    "\n                query PartnerScopesCurrentSite4 {\n                  currentSite {\n                    code\n                  }\n                }\n              ": typeof types.PartnerScopesCurrentSite4Document,
    "\n          query PartnerScopesCurrentSite5 {\n            currentSite {\n              code\n            }\n          }\n        ": typeof types.PartnerScopesCurrentSite5Document,
    "\n        query PartnerCurrentSite {\n          currentSite {\n            id\n          }\n        }\n      ": typeof types.PartnerCurrentSiteDocument,
    "\n  mutation PartnerApiClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      client {\n        id\n        clientId\n        scopes\n        requestsPerMinute\n        allowedOrigins\n        secrets {\n          createdAt\n          expiresAt\n        }\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PartnerApiClientCreateDocument,
    "\n  mutation PartnerApiClientSecretRotate($i: ApiClientSecretRotateInput!) {\n    apiClientSecretRotate(input: $i) {\n      secret\n      client {\n        secrets {\n          expiresAt\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PartnerApiClientSecretRotateDocument,
    "\n  mutation PartnerApiClientRevoke($id: ID!) {\n    apiClientRevoke(id: $id) {\n      client {\n        revokedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PartnerApiClientRevokeDocument,
    "\n  mutation PartnerSiteAllowedOriginsSet($i: SiteAllowedOriginsInput!) {\n    siteAllowedOriginsSet(input: $i) {\n      allowedOrigins\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PartnerSiteAllowedOriginsSetDocument,
    "\n        query PartnerMe {\n          me {\n            id\n          }\n          currentSite {\n            code\n          }\n        }\n      ": typeof types.PartnerMeDocument,
    "\n        query PartnerApiClients {\n          apiClients {\n            totalCount\n          }\n        }\n      ": typeof types.PartnerApiClientsDocument,
    "\n        query PartnerCurrentSite2 {\n          currentSite {\n            code\n          }\n        }\n      ": typeof types.PartnerCurrentSite2Document,
    "\n        query PartnerCurrentSite3 {\n          currentSite {\n            code\n          }\n        }\n      ": typeof types.PartnerCurrentSite3Document,
    "\n        query PartnerCurrentSite4 {\n          currentSite {\n            code\n          }\n        }\n      ": typeof types.PartnerCurrentSite4Document,
    "\n            query PartnerCurrentSite5 {\n              currentSite {\n                code\n              }\n            }\n          ": typeof types.PartnerCurrentSite5Document,
    "\n        query PartnerCurrentSite6 {\n          currentSite {\n            code\n          }\n        }\n      ": typeof types.PartnerCurrentSite6Document,
    "\n              query PartnerCurrentSite7 {\n                currentSite {\n                  code\n                }\n              }\n            ": typeof types.PartnerCurrentSite7Document,
    "\n        query PartnerCurrentSite8 {\n          currentSite {\n            code\n          }\n        }\n      ": typeof types.PartnerCurrentSite8Document,
    "\n            query PartnerCurrentSite9 {\n              currentSite {\n                code\n              }\n            }\n          ": typeof types.PartnerCurrentSite9Document,
    "\n              query PartnerCurrentSite10 {\n                currentSite {\n                  code\n                }\n              }\n            ": typeof types.PartnerCurrentSite10Document,
    "\n            query PartnerCurrentSite11 {\n              currentSite {\n                code\n              }\n            }\n          ": typeof types.PartnerCurrentSite11Document,
    "\n            query PartnerCurrentSite12 {\n              currentSite {\n                code\n              }\n            }\n          ": typeof types.PartnerCurrentSite12Document,
    "\n      query PartnerSearch($i: SearchInput!) {\n        search(input: $i) {\n          totalCount\n        }\n      }\n    ": typeof types.PartnerSearchDocument,
    "\n  mutation TestPasswordResetRequest($i: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $i) {\n      accepted\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestPasswordResetRequestDocument,
    "\n  mutation TestPasswordResetConfirm($i: PasswordResetConfirmInput!) {\n    passwordResetConfirm(input: $i) {\n      reset\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestPasswordResetConfirmDocument,
    "\n  mutation PasswordResetRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.PasswordResetRegisterDocument,
    "\n  query TestResetMe {\n    me {\n      id\n    }\n  }\n": typeof types.TestResetMeDocument,
    "\n  query TestResetNotifications {\n    myNotifications(first: 20) {\n      totalCount\n    }\n    myUnreadNotificationCount\n  }\n": typeof types.TestResetNotificationsDocument,
    "\n  mutation PolicyDigestSubscribe($i: PolicySubscriptionCreateInput!) {\n    policySubscriptionCreate(input: $i) {\n      subscription {\n        id\n        frequency\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyDigestSubscribeDocument,
    "\n  mutation PolicyDigestSubscriptionUpdate($i: PolicySubscriptionUpdateInput!) {\n    policySubscriptionUpdate(input: $i) {\n      subscription {\n        id\n        frequency\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyDigestSubscriptionUpdateDocument,
    "\n  mutation PolicyDigestUnsubscribe($i: PolicyUnsubscribeInput!) {\n    policySubscriptionUnsubscribe(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.PolicyDigestUnsubscribeDocument,
    "\n  mutation PolicyFilesAttachmentAdd($i: PolicyAttachmentAddInput!) {\n    policyAttachmentAdd(input: $i) {\n      attachment {\n        id\n        fileName\n        contentType\n        sizeBytes\n        sha256\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyFilesAttachmentAddDocument,
    "\n  mutation PolicyImportConditionsStart($i: PolicyImportInput!) {\n    policyImport(input: $i) {\n      import {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyImportConditionsStartDocument,
    "\n  query PolicyImportConditionsProgress($id: ID!) {\n    policyImportProgress(id: $id) {\n      status\n      created\n      errored\n      lines(first: 100) {\n        nodes {\n          lineNo\n          result\n          reason\n          policyId\n        }\n      }\n    }\n  }\n": typeof types.PolicyImportConditionsProgressDocument,
    "\n  query PolicyImportConditionsMatch($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n      }\n    }\n  }\n": typeof types.PolicyImportConditionsMatchDocument,
    "\n  query PolicyImportConditionsSearch($i: SearchInput!) {\n    search(input: $i) {\n      hits {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PolicyImportConditionsSearchDocument,
    "\n  mutation PolicyImportStart($i: PolicyImportInput!) {\n    policyImport(input: $i) {\n      import {\n        id\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyImportStartDocument,
    "\n  query PolicyImportProgress($id: ID!, $r: PolicyImportLineResult) {\n    policyImportProgress(id: $id) {\n      status\n      total\n      processed\n      created\n      updated\n      unchanged\n      errored\n      lines(first: 100, result: $r) {\n        totalCount\n        nodes {\n          lineNo\n          result\n          reason\n          policyId\n        }\n      }\n    }\n  }\n": typeof types.PolicyImportProgressDocument,
    "\n  mutation PolicyMatchingConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      policy {\n        id\n        conditions {\n          id\n          field\n          operator\n          values\n          changeable\n          sourceSentence\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyMatchingConditionsSetDocument,
    "\n  mutation PolicyMatchingGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.PolicyMatchingGuideAddDocument,
    "\n  query PolicyMatchingMatches($v: [MatchVerdict!]) {\n    policyMatches(verdicts: $v, first: 20) {\n      totalCount\n      nodes {\n        verdict\n        deadline\n        policy {\n          id\n          title\n        }\n        conditions {\n          outcome\n          reason\n          condition {\n            field\n            sourceSentence\n          }\n        }\n        improvements {\n          reason\n          condition {\n            field\n          }\n        }\n      }\n    }\n  }\n": typeof types.PolicyMatchingMatchesDocument,
    "\n  query PolicyMatchingMatchReasons($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n        reason\n      }\n      improvements {\n        reason\n      }\n    }\n  }\n": typeof types.PolicyMatchingMatchReasonsDocument,
    "\n  query PolicyMatchingMatchConditions($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n        reason\n      }\n    }\n  }\n": typeof types.PolicyMatchingMatchConditionsDocument,
    "\n  query PolicyMatchingMatchOutcomes($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n      }\n    }\n  }\n": typeof types.PolicyMatchingMatchOutcomesDocument,
    "\n  query PolicyMatchingMatchVerdict($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n    }\n  }\n": typeof types.PolicyMatchingMatchVerdictDocument,
    "\n    mutation PolicyMatchingEnterpriseUpdate($i: EnterpriseUpdateInput!) {\n      enterpriseUpdate(input: $i) {\n        enterprise {\n          rdRatio\n          taxCreditGrade\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": typeof types.PolicyMatchingEnterpriseUpdateDocument,
    "\n    query PolicyMatchingDeclared {\n      me {\n        enterprise {\n          rdRatio\n          taxCreditGrade\n        }\n      }\n    }\n  ": typeof types.PolicyMatchingDeclaredDocument,
    "\n    query PolicyMatchingMatchCoverage($id: ID!) {\n      policyMatch(policyId: $id) {\n        verdict\n        upcomingFrom\n        checkedCount\n        uncheckedSentences\n        coverage\n        conditions {\n          outcome\n          reason\n        }\n        improvements {\n          reason\n        }\n      }\n    }\n  ": typeof types.PolicyMatchingMatchCoverageDocument,
    "\n    query PolicyMatchingUndeclared {\n      me {\n        enterprise {\n          employees\n          revenue\n          sizeClass\n          sizeClasses\n          qualifications\n        }\n      }\n    }\n  ": typeof types.PolicyMatchingUndeclaredDocument,
    "\n    mutation PolicyMatchingProfileUpdate($i: EnterpriseUpdateInput!) {\n      enterpriseUpdate(input: $i) {\n        errors {\n          field\n        }\n      }\n    }\n  ": typeof types.PolicyMatchingProfileUpdateDocument,
    "\n    query PolicyMatchingCodes {\n      me {\n        enterprise {\n          regionCode\n          regionName\n          industryCode\n          industryName\n          sizeClass\n        }\n      }\n    }\n  ": typeof types.PolicyMatchingCodesDocument,
    "\n    query PolicyMatchingStoredConditions($id: ID!) {\n      policy(id: $id) {\n        conditions {\n          values\n        }\n      }\n    }\n  ": typeof types.PolicyMatchingStoredConditionsDocument,
    "\n    query PolicyMatchingAll {\n      policyMatches(all: true, first: 100) {\n        nodes {\n          verdict\n          policy {\n            id\n          }\n          conditions {\n            reason\n          }\n        }\n      }\n    }\n  ": typeof types.PolicyMatchingAllDocument,
    "\n    query PolicyMatchingNear {\n      policyMatches(verdicts: [NOT_ELIGIBLE], first: 100) {\n        nodes {\n          policy {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.PolicyMatchingNearDocument,
    "\n    mutation PolicyMatchingQualificationKindCreate($i: QualificationKindCreateInput!) {\n      qualificationKindCreate(input: $i) {\n        qualification {\n          code\n          name\n          countUnit\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": typeof types.PolicyMatchingQualificationKindCreateDocument,
    "\n    mutation PolicyMatchingRegister($i: EnterpriseRegisterInput!) {\n      enterpriseRegister(input: $i) {\n        errors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.PolicyMatchingRegisterDocument,
    "\n    query PolicyMatchingByQualification($q: String) {\n      enterprises(filter: { qualification: $q }, first: 50) {\n        nodes {\n          id\n        }\n      }\n    }\n  ": typeof types.PolicyMatchingByQualificationDocument,
    "\n    query PolicyMatchingUnknownQualification {\n      enterprises(filter: { qualification: \"NO_SUCH_CODE\" }, first: 5) {\n        totalCount\n      }\n    }\n  ": typeof types.PolicyMatchingUnknownQualificationDocument,
    "\n  mutation PolicyPushSubscriptionCreate($i: PolicySubscriptionCreateInput!) {\n    policySubscriptionCreate(input: $i) {\n      subscription {\n        id\n        name\n        keywords\n        channels\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyPushSubscriptionCreateDocument,
    "\n  mutation PolicyPushSubscriptionUpdate($i: PolicySubscriptionUpdateInput!) {\n    policySubscriptionUpdate(input: $i) {\n      subscription {\n        id\n        name\n        keywords\n        tags\n        regions\n        channels\n        email\n        mobile\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyPushSubscriptionUpdateDocument,
    "\n  mutation PolicyPushSubscriptionDelete($i: PolicySubscriptionDeleteInput!) {\n    policySubscriptionDelete(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.PolicyPushSubscriptionDeleteDocument,
    "\n  query PolicyPushSubscriptions {\n    policySubscriptions {\n      id\n    }\n  }\n": typeof types.PolicyPushSubscriptionsDocument,
    "\n  query PolicyPushInbox {\n    notifications(first: 10) {\n      totalCount\n      nodes {\n        id\n        title\n        reason\n        policyVersion\n        readAt\n        policy {\n          id\n          title\n        }\n      }\n    }\n    notificationUnreadCount\n  }\n": typeof types.PolicyPushInboxDocument,
    "\n  query PolicyPushInboxSubscription {\n    notifications(first: 10) {\n      nodes {\n        subscription {\n          name\n          active\n        }\n      }\n    }\n  }\n": typeof types.PolicyPushInboxSubscriptionDocument,
    "\n  mutation PolicyPushMarkRead($i: NotificationMarkReadInput!) {\n    notificationMarkRead(input: $i) {\n      unreadCount\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.PolicyPushMarkReadDocument,
    "\n  mutation PolicyPushUnsubscribe($i: PolicyUnsubscribeInput!) {\n    policySubscriptionUnsubscribe(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.PolicyPushUnsubscribeDocument,
    "\n  mutation PolicyPushEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.PolicyPushEnterpriseReviewDocument,
    "\n  mutation PolicyPushConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyPushConditionsSetDocument,
    "\n  subscription PolicyPushNotificationReceived {\n    notificationReceived {\n      id\n      title\n      reason\n      policy {\n        title\n      }\n    }\n  }\n": typeof types.PolicyPushNotificationReceivedDocument,
    "\n  query PolicyQualificationSearchSearch($i: SearchInput!) {\n    search(input: $i) {\n      hits {\n        nodes {\n          kind\n          id\n        }\n      }\n    }\n  }\n": typeof types.PolicyQualificationSearchSearchDocument,
    "\n  mutation PolicyQualificationSearchConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyQualificationSearchConditionsSetDocument,
    "\n  mutation PolicyQualificationSearchKindUpdate($i: QualificationKindUpdateInput!) {\n    qualificationKindUpdate(input: $i) {\n      qualification {\n        code\n        name\n        aliases\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyQualificationSearchKindUpdateDocument,
    "\n  query PolicyQueriesList($f: PolicyFilter, $o: PolicyOrder, $n: Int) {\n    policies(filter: $f, orderBy: $o, first: $n) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PolicyQueriesListDocument,
    "\n  query PolicyQueriesView($id: ID!) {\n    policy(id: $id) {\n      id\n      viewCount\n    }\n  }\n": typeof types.PolicyQueriesViewDocument,
    "\n  query PolicyQueriesPage($n: Int) {\n    policies(first: $n) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          departments\n          attachments {\n            id\n            fileName\n          }\n          interpretations {\n            id\n            title\n          }\n          guides {\n            id\n            title\n            applicationEnd\n          }\n          relatedPolicies {\n            id\n            title\n          }\n          versions {\n            version\n          }\n        }\n      }\n    }\n  }\n": typeof types.PolicyQueriesPageDocument,
    "\n  mutation PolicyQueriesGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.PolicyQueriesGuideAddDocument,
    "\n  mutation PolicyQueriesInterpretationAdd($i: PolicyInterpretationAddInput!) {\n    policyInterpretationAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.PolicyQueriesInterpretationAddDocument,
    "\n  query PolicyQueriesDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      attachments {\n        id\n      }\n      interpretations {\n        id\n      }\n      guides {\n        id\n      }\n      relatedPolicies {\n        id\n      }\n      versions {\n        version\n      }\n    }\n  }\n": typeof types.PolicyQueriesDetailDocument,
    "\n  query PolicyQueriesQueue {\n    policies(first: 50, filter: { statuses: [SUBMITTED] }) {\n      nodes {\n        id\n        title\n        createdBy {\n          displayName\n        }\n        pendingChanges {\n          fromVersion\n          fields {\n            field\n          }\n          body {\n            op\n          }\n        }\n      }\n    }\n  }\n": typeof types.PolicyQueriesQueueDocument,
    "\n  mutation PolicyReachConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyReachConditionsSetDocument,
    "\n  query PolicyReachCounts($id: ID!) {\n    policyReach(policyId: $id) {\n      reach {\n        eligible\n        likely\n        nearMiss\n        notified\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyReachCountsDocument,
    "\n  query PolicyReachList($id: ID!, $v: PolicyReachVerdict!, $first: Int, $after: String) {\n    policyReachEnterprises(policyId: $id, verdict: $v, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        regionName\n        industryName\n        sizeClass\n        verdict\n        conditions {\n          outcome\n          reason\n          condition {\n            field\n            changeable\n          }\n        }\n      }\n    }\n  }\n": typeof types.PolicyReachListDocument,
    "\n  query PolicyReachXlsx($id: ID!, $v: PolicyReachVerdict!) {\n    policyReachXlsx(policyId: $id, verdict: $v) {\n      filename\n      mimeType\n      byteSize\n      contentBase64\n    }\n  }\n": typeof types.PolicyReachXlsxDocument,
    "\n  mutation PolicyReachEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.PolicyReachEnterpriseReviewDocument,
    "\n  query PolicyReachMatch($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n        condition {\n          changeable\n        }\n      }\n    }\n  }\n": typeof types.PolicyReachMatchDocument,
    "\n  query PolicyReachListIds($id: ID!, $v: PolicyReachVerdict!) {\n    policyReachEnterprises(policyId: $id, verdict: $v, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.PolicyReachListIdsDocument,
    "\n  fragment PolicyRelatedPayloadFields on PolicyRelatedPayload {\n    policy {\n      id\n    }\n    attachment {\n      id\n      fileName\n      contentType\n      sizeBytes\n      sha256\n    }\n    interpretation {\n      id\n      title\n      authority\n      author\n      body\n      publishedOn\n    }\n    guide {\n      id\n      title\n      beneficiaries\n      conditions\n      applicationStart\n      applicationEnd\n      paymentDeadline\n      whereToApply\n      hotline\n      materials\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n": typeof types.PolicyRelatedPayloadFieldsFragmentDoc,
    "\n  mutation PolicyRelatedAttachmentAdd($i: PolicyAttachmentAddInput!) {\n    policyAttachmentAdd(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": typeof types.PolicyRelatedAttachmentAddDocument,
    "\n  mutation PolicyRelatedAttachmentRemove($i: PolicyAttachmentRemoveInput!) {\n    policyAttachmentRemove(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": typeof types.PolicyRelatedAttachmentRemoveDocument,
    "\n  mutation PolicyRelatedInterpretationAdd($i: PolicyInterpretationAddInput!) {\n    policyInterpretationAdd(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": typeof types.PolicyRelatedInterpretationAddDocument,
    "\n  mutation PolicyRelatedInterpretationUpdate($i: PolicyInterpretationUpdateInput!) {\n    policyInterpretationUpdate(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": typeof types.PolicyRelatedInterpretationUpdateDocument,
    "\n  mutation PolicyRelatedGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": typeof types.PolicyRelatedGuideAddDocument,
    "\n  mutation PolicyRelatedRelatedRemove($i: PolicyRelatedRemoveInput!) {\n    policyRelatedRemove(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": typeof types.PolicyRelatedRelatedRemoveDocument,
    "\n  mutation PolicyRelatedLink($i: PolicyLinkInput!) {\n    policyLink(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": typeof types.PolicyRelatedLinkDocument,
    "\n  mutation PolicyRelatedUnlink($i: PolicyLinkInput!) {\n    policyUnlink(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": typeof types.PolicyRelatedUnlinkDocument,
    "\n  query PolicyRelatedDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      policyType\n      featured\n      attachments {\n        id\n        fileName\n        sha256\n        sizeBytes\n        contentBase64\n      }\n      interpretations {\n        title\n        authority\n        author\n        body\n      }\n      guides {\n        title\n        applicationEnd\n        materials\n        hotline\n      }\n      relatedPolicies {\n        id\n        title\n        policyType\n      }\n    }\n  }\n": typeof types.PolicyRelatedDetailDocument,
    "\n  mutation PolicySeedAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.PolicySeedAccountRegisterDocument,
    "\n  query PolicySeedPolicies {\n    policies(first: 5, filter: { keyword: \"专精特新\" }) {\n      totalCount\n      nodes {\n        title\n        docNo\n        departments\n      }\n    }\n  }\n": typeof types.PolicySeedPoliciesDocument,
    "\n  query PolicySeedInbox {\n    policySubscriptions {\n      name\n      frequency\n      channels\n    }\n    notifications(first: 1) {\n      totalCount\n      nodes {\n        reason\n        subscription {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PolicySeedInboxDocument,
    "\n  query PolicyWorkflowDetail($id: ID!) {\n    policy(id: $id) {\n      ...TestPolicyFields\n      versions {\n        version\n        title\n        body\n        changeNote\n      }\n    }\n  }\n": typeof types.PolicyWorkflowDetailDocument,
    "\n  mutation PolicyWorkflowUpdate($i: PolicyUpdateInput!) {\n    policyUpdate(input: $i) {\n      policy {\n        id\n        status\n        title\n        body\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PolicyWorkflowUpdateDocument,
    "\n  query PolicyWorkflowPending($id: ID!) {\n    policy(id: $id) {\n      pendingChanges {\n        fromVersion\n        toVersion\n        fields {\n          field\n        }\n        body {\n          op\n          text\n        }\n      }\n    }\n  }\n": typeof types.PolicyWorkflowPendingDocument,
    "\n  query PolicyWorkflowDiff($id: ID!) {\n    policyVersionDiff(policyId: $id, fromVersion: 1, toVersion: 2) {\n      fields {\n        field\n        label\n      }\n      body {\n        op\n        text\n      }\n    }\n  }\n": typeof types.PolicyWorkflowDiffDocument,
    "\n  query PolicyWorkflowTypename {\n    __typename\n  }\n": typeof types.PolicyWorkflowTypenameDocument,
    "\n  query PortalFooter {\n    currentSite {\n      footer {\n        organizer\n        operatorUnit\n        icpRecord\n        policeRecord\n        phone\n        email\n        address\n      }\n    }\n  }\n": typeof types.PortalFooterDocument,
    "\n  mutation PortalSiteFooterUpdate($i: SiteFooterInput!) {\n    siteFooterUpdate(input: $i) {\n      site {\n        code\n        footer {\n          organizer\n          icpRecord\n          phone\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PortalSiteFooterUpdateDocument,
    "\n  mutation PortalGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.PortalGuideAddDocument,
    "\n  query PortalPolicies($f: PolicyFilter) {\n    policies(filter: $f, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PortalPoliciesDocument,
    "\n  query PortalPolicyDepartments($n: Int!) {\n    policyDepartments(first: $n) {\n      name\n      count\n    }\n  }\n": typeof types.PortalPolicyDepartmentsDocument,
    "\n  query PortalInstitutions($f: InstitutionFilter) {\n    institutions(first: 20, filter: $f) {\n      totalCount\n      nodes {\n        name\n        regionNames\n        listedProductCount\n        columns\n      }\n    }\n  }\n": typeof types.PortalInstitutionsDocument,
    "\n  query ProcessSite {\n    currentSite {\n      code\n    }\n  }\n": typeof types.ProcessSiteDocument,
    "\n  mutation ProcessRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.ProcessRegisterDocument,
    "\n  mutation ProcessLogin($i: LoginInput!) {\n    login(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.ProcessLoginDocument,
    "\n  mutation ProcessAdminLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n      }\n      account {\n        roles\n      }\n    }\n  }\n": typeof types.ProcessAdminLoginDocument,
    "\n  query ProcessMe {\n    me {\n      secondFactorSetupRequired\n    }\n  }\n": typeof types.ProcessMeDocument,
    "\n  query ProcessAccounts {\n    accounts(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ProcessAccountsDocument,
    "\n  mutation ProductServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) {\n      product {\n        id\n        status\n        listedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ProductServiceProductReviewDocument,
    "\n  mutation ProductServiceProductSubmit($i: ServiceProductRefInput!) {\n    serviceProductSubmit(input: $i) {\n      product {\n        id\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.ProductServiceProductSubmitDocument,
    "\n  query ProductServiceProducts($f: ServiceProductFilter, $first: Int) {\n    serviceProducts(filter: $f, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        column\n        subcategory\n        feeType\n        form\n        regionNames\n        process {\n          title\n          description\n        }\n        institution {\n          name\n        }\n        pictures {\n          contentType\n          byteSize\n          width\n          height\n          dataUrl\n        }\n      }\n    }\n  }\n": typeof types.ProductServiceProductsDocument,
    "\n            query ProductServiceProduct($id: ID!) {\n              serviceProduct(id: $id) {\n                id\n              }\n            }\n          ": typeof types.ProductServiceProductDocument,
    "\n      query ProductMyInstitutionServiceProducts {\n        myInstitutionServiceProducts(first: 100) {\n          totalCount\n        }\n      }\n    ": typeof types.ProductMyInstitutionServiceProductsDocument,
    "\n            query ProductServiceProduct2($id: ID!) {\n              serviceProduct(id: $id) {\n                id\n              }\n            }\n          ": typeof types.ProductServiceProduct2Document,
    "\n  mutation QueryCountEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.QueryCountEnterpriseReviewDocument,
    "\n  query QueryCountFirst {\n    enterprises(first: 60) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.QueryCountFirstDocument,
    "\n  query QueryCountRest($a: String) {\n    enterprises(first: 60, after: $a) {\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.QueryCountRestDocument,
    "\n  query QueryCountPage($n: Int!) {\n    enterprises(first: $n) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        uscc\n        name\n        sizeClass\n        status\n        regionName\n        industryName\n        site {\n          code\n          parent {\n            code\n          }\n        }\n        createdBy {\n          displayName\n          enterprise {\n            name\n          }\n        }\n        reviewedBy {\n          displayName\n        }\n        members {\n          displayName\n          roles\n        }\n      }\n    }\n  }\n": typeof types.QueryCountPageDocument,
    "\n  query ReviewOrderPendingEnterprises($order: ReviewOrder, $first: Int, $after: String) {\n    enterprises(filter: { status: PENDING }, order: $order, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ReviewOrderPendingEnterprisesDocument,
    "\n      query ReviewOrderInstitutions {\n        institutions(filter: { status: PENDING }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    ": typeof types.ReviewOrderInstitutionsDocument,
    "\n      query ReviewOrderServiceProducts {\n        serviceProducts(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    ": typeof types.ReviewOrderServiceProductsDocument,
    "\n      query ReviewOrderActivities {\n        activities(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    ": typeof types.ReviewOrderActivitiesDocument,
    "\n      query ReviewOrderDemands {\n        demands(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    ": typeof types.ReviewOrderDemandsDocument,
    "\n  query ReviewOrderSubmittedPolicies {\n    policies(filter: { statuses: [SUBMITTED] }, orderBy: UPDATED_AT_ASC, first: 5) {\n      totalCount\n    }\n  }\n": typeof types.ReviewOrderSubmittedPoliciesDocument,
    "\n  query SearchContentSearch($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        converted\n        corrected\n        autoRewritten\n        serviceIntent\n      }\n      hits {\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          url\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n    }\n  }\n": typeof types.SearchContentSearchDocument,
    "\n  query SearchContentPolicy($id: ID!) {\n    policy(id: $id) {\n      title\n    }\n  }\n": typeof types.SearchContentPolicyDocument,
    "\n  mutation SearchContentPolicyWithdraw($i: PolicyTransitionInput!) {\n    policyWithdraw(input: $i) {\n      policy {\n        id\n        status\n        publishedVersion\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.SearchContentPolicyWithdrawDocument,
    "\n  mutation SearchContentProductDelist($i: ServiceProductRefInput!) {\n    serviceProductDelist(input: $i) {\n      product {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.SearchContentProductDelistDocument,
    "\n  mutation SearchContentActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.SearchContentActivityCreateDocument,
    "\n  mutation SearchContentActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.SearchContentActivityReviewDocument,
    "\n  query SearchFallbackSearch($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        relaxed\n        autoRewritten\n        corrected\n      }\n      totalCount\n      hits {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          title\n          score\n        }\n      }\n    }\n  }\n": typeof types.SearchFallbackSearchDocument,
    "\n  query SearchHitsInstitution($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n      hits {\n        nodes {\n          id\n          kind\n          title\n          institution {\n            id\n            name\n          }\n        }\n      }\n      serviceCards {\n        id\n        institution {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchHitsInstitutionDocument,
    "\n  query SearchInstitutionHitIds($i: SearchInput!) {\n    search(input: $i) {\n      hits {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SearchInstitutionHitIdsDocument,
    "\n  query SearchLexiconSuggest($p: String!) {\n    searchSuggest(prefix: $p, first: 20) {\n      text\n    }\n  }\n": typeof types.SearchLexiconSuggestDocument,
    "\n  query SearchRankingSearch($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      hits {\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          url\n          score\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n    }\n  }\n": typeof types.SearchRankingSearchDocument,
    "\n  query SearchRankingStatistics {\n    searchTopQueries(first: 100) {\n      query\n      searches\n    }\n    searchZeroResultQueries(first: 100) {\n      query\n      zeroResults\n    }\n  }\n": typeof types.SearchRankingStatisticsDocument,
    "\n  mutation SearchRankingConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.SearchRankingConditionsSetDocument,
    "\n  mutation SearchRankingFinancingProductDelist($i: FinancingProductDelistInput!) {\n    financingProductDelist(input: $i) {\n      product {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.SearchRankingFinancingProductDelistDocument,
    "\n  mutation SearchRankingStartupResourceCreate($i: StartupResourceCreateInput!) {\n    startupResourceCreate(input: $i) {\n      resource {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.SearchRankingStartupResourceCreateDocument,
    "\n  query SearchRankingTopQueries {\n    searchTopQueries {\n      query\n    }\n  }\n": typeof types.SearchRankingTopQueriesDocument,
    "\n  query SearchE2E($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        original\n        normalized\n        pinyin\n        converted\n        pinyinCandidates\n        corrected\n        didYouMean\n        autoRewritten\n        relaxed\n        serviceIntent\n        corrections {\n          from\n          to\n          by\n        }\n        expansions {\n          phrase\n          terms\n        }\n      }\n      totalCount\n      approximate\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      hits {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          titleHighlight\n          highlight\n          url\n          site {\n            code\n          }\n          date\n          score\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n      related\n    }\n  }\n": typeof types.SearchE2EDocument,
    "\n  mutation SearchConceptSave($i: SearchConceptInput!) {\n    searchConceptSave(input: $i) {\n      concept {\n        id\n        phrase\n        expansions\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.SearchConceptSaveDocument,
    "\n  query SearchConcepts {\n    searchConcepts(first: 100) {\n      totalCount\n      nodes {\n        phrase\n      }\n    }\n  }\n": typeof types.SearchConceptsDocument,
    "\n  mutation SearchConceptDelete($i: SearchConceptDeleteInput!) {\n    searchConceptDelete(input: $i) {\n      deletedId\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.SearchConceptDeleteDocument,
    "\n  query SearchSuggest($p: String!) {\n    searchSuggest(prefix: $p) {\n      text\n      source\n    }\n  }\n": typeof types.SearchSuggestDocument,
    "\n  query SearchInstitution($id: ID!) {\n    institution(id: $id) {\n      name\n    }\n  }\n": typeof types.SearchInstitutionDocument,
    "\n  mutation SearchClick($i: SearchClickInput!) {\n    searchClick(input: $i) {\n      counted\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.SearchClickDocument,
    "\n  query SearchStatistics {\n    searchTopQueries(first: 50) {\n      query\n      searches\n      clicks\n    }\n    searchZeroResultQueries {\n      query\n      zeroResults\n    }\n  }\n": typeof types.SearchStatisticsDocument,
    "\n  query SearchTopQueries {\n    searchTopQueries {\n      query\n    }\n  }\n": typeof types.SearchTopQueriesDocument,
    "\n  mutation SearchReconcile {\n    searchReconcile {\n      drift {\n        kind\n        missing\n        extra\n        stale\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.SearchReconcileDocument,
    "\n  mutation SearchReconcileCounts {\n    searchReconcile {\n      drift {\n        kind\n        missing\n        extra\n        stale\n        sourceCount\n        indexedCount\n      }\n    }\n  }\n": typeof types.SearchReconcileCountsDocument,
    "\n  mutation SearchReconcileRepair {\n    searchReconcile(input: { repair: true }) {\n      drift {\n        kind\n        stale\n      }\n      repaired\n    }\n  }\n": typeof types.SearchReconcileRepairDocument,
    "\n  query SearchIndexStatus {\n    searchIndexStatus {\n      engine\n      healthy\n      documents\n      pending\n      dictionaryVersion\n    }\n  }\n": typeof types.SearchIndexStatusDocument,
    "\n  mutation SecurityAppLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.SecurityAppLoginDocument,
    "\n  mutation SecurityAppPasswordChange($i: PasswordChangeInput!) {\n    passwordChange(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.SecurityAppPasswordChangeDocument,
    "\n            query SecurityAppMe {\n              me {\n                id\n              }\n            }\n          ": typeof types.SecurityAppMeDocument,
    "\n    mutation SecurityAppEnterpriseReview($i: EnterpriseReviewInput!) {\n      enterpriseReview(input: $i) {\n        errors {\n          code\n        }\n      }\n    }\n  ": typeof types.SecurityAppEnterpriseReviewDocument,
    "\n              mutation SecurityAppLogout {\n                logout {\n                  revoked\n                }\n              }\n            ": typeof types.SecurityAppLogoutDocument,
    "\n          mutation SecurityAppEnterpriseMemberRemove($i: EnterpriseMemberRemoveInput!) {\n            enterpriseMemberRemove(input: $i) {\n              errors {\n                code\n              }\n            }\n          }\n        ": typeof types.SecurityAppEnterpriseMemberRemoveDocument,
    "\n          mutation SecurityAppAccountStatusSet($i: AccountStatusSetInput!) {\n            accountStatusSet(input: $i) {\n              errors {\n                code\n              }\n            }\n          }\n        ": typeof types.SecurityAppAccountStatusSetDocument,
    "\n        mutation SecurityAppLogout2 {\n          logout {\n            revoked\n          }\n        }\n      ": typeof types.SecurityAppLogout2Document,
    "\n    mutation SecurityAppAccountRolesSet($i: AccountRolesSetInput!) {\n      accountRolesSet(input: $i) {\n        account {\n          roles\n        }\n        request {\n          id\n          kind\n          status\n          roles\n        }\n        errors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.SecurityAppAccountRolesSetDocument,
    "\n    mutation SecurityAppAccountStatusSet2($i: AccountStatusSetInput!) {\n      accountStatusSet(input: $i) {\n        account {\n          disabled\n        }\n        request {\n          id\n          kind\n          status\n        }\n        errors {\n          code\n        }\n      }\n    }\n  ": typeof types.SecurityAppAccountStatusSet2Document,
    "\n    mutation SecurityAppAdminChangeApprove($i: AdminChangeDecideInput!) {\n      adminChangeApprove(input: $i) {\n        request {\n          status\n          requestedBy {\n            id\n          }\n          decidedBy {\n            id\n          }\n        }\n        errors {\n          code\n        }\n      }\n    }\n  ": typeof types.SecurityAppAdminChangeApproveDocument,
    "\n    mutation SecurityAppAdminChangeReject($i: AdminChangeDecideInput!) {\n      adminChangeReject(input: $i) {\n        request {\n          status\n          reason\n        }\n        errors {\n          code\n        }\n      }\n    }\n  ": typeof types.SecurityAppAdminChangeRejectDocument,
    "\n            query SecurityAppMe2 {\n              me {\n                id\n              }\n            }\n          ": typeof types.SecurityAppMe2Document,
    "\n            query SecurityAppMe3 {\n              me {\n                id\n              }\n            }\n          ": typeof types.SecurityAppMe3Document,
    "\n            query SecurityAppAccounts {\n              accounts(first: 1) {\n                totalCount\n              }\n            }\n          ": typeof types.SecurityAppAccountsDocument,
    "\n        query SecurityAppAuditLog {\n          auditLog(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.SecurityAppAuditLogDocument,
    "\n            query SecurityAppEnterprise($id: ID!) {\n              enterprise(id: $id) {\n                name\n              }\n            }\n          ": typeof types.SecurityAppEnterpriseDocument,
    "\n        query SecurityAppColumnStatisticsCsv {\n          columnStatisticsCsv(groupBy: COLUMN)\n        }\n      ": typeof types.SecurityAppColumnStatisticsCsvDocument,
    "\n        query SecurityAppColumnStatisticsXlsx {\n          columnStatisticsXlsx(groupBy: COLUMN) {\n            byteSize\n          }\n        }\n      ": typeof types.SecurityAppColumnStatisticsXlsxDocument,
    "\n        query SecurityAppActivityStatisticsCsv {\n          activityStatisticsCsv(groupBy: COLUMN)\n        }\n      ": typeof types.SecurityAppActivityStatisticsCsvDocument,
    "\n        query SecurityAppActivityStatisticsXlsx {\n          activityStatisticsXlsx(groupBy: COLUMN) {\n            byteSize\n          }\n        }\n      ": typeof types.SecurityAppActivityStatisticsXlsxDocument,
    "\n        query SecurityAppEnterprises {\n          enterprises(first: 3) {\n            nodes {\n              contactPhone\n            }\n          }\n        }\n      ": typeof types.SecurityAppEnterprisesDocument,
    "\n        query SecurityAppEnterprises2 {\n          enterprises(first: 12) {\n            nodes {\n              contactName\n              contactPhone\n              contactEmail\n            }\n          }\n        }\n      ": typeof types.SecurityAppEnterprises2Document,
    "\n    mutation SecurityAppAccountRegister($i: AccountRegisterInput!) {\n      accountRegister(input: $i) {\n        account {\n          id\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  ": typeof types.SecurityAppAccountRegisterDocument,
    "\n            query SecurityAppMe4 {\n              me {\n                id\n              }\n            }\n          ": typeof types.SecurityAppMe4Document,
    "\n            query SecurityAppMe5 {\n              me {\n                id\n              }\n            }\n          ": typeof types.SecurityAppMe5Document,
    "\n    mutation SecurityAppLogin3($i: LoginInput!) {\n      login(input: $i) {\n        token\n        errors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.SecurityAppLogin3Document,
    "\n            mutation SecurityAppTotpEnrol {\n              totpEnrol {\n                enrolment {\n                  secret\n                }\n                errors {\n                  code\n                }\n              }\n            }\n          ": typeof types.SecurityAppTotpEnrolDocument,
    "\n        mutation SecurityAppTotpEnrol2 {\n          totpEnrol {\n            enrolment {\n              secret\n              uri\n            }\n            errors {\n              code\n            }\n          }\n        }\n      ": typeof types.SecurityAppTotpEnrol2Document,
    "\n      mutation SecurityAppTotpConfirm($i: TotpConfirmInput!) {\n        totpConfirm(input: $i) {\n          enabled\n          errors {\n            code\n          }\n        }\n      }\n    ": typeof types.SecurityAppTotpConfirmDocument,
    "\n        mutation SecurityAppAccountTotpReset($id: ID!) {\n          accountTotpReset(accountId: $id) {\n            enabled\n            errors {\n              code\n            }\n          }\n        }\n      ": typeof types.SecurityAppAccountTotpResetDocument,
    "\n        query SecurityAppSearchTopQueries {\n          searchTopQueries {\n            query\n          }\n        }\n      ": typeof types.SecurityAppSearchTopQueriesDocument,
    "\n        query SecurityAppMe6 {\n          me {\n            roles\n            secondFactorSetupRequired\n          }\n        }\n      ": typeof types.SecurityAppMe6Document,
    "\n          mutation SecurityAppTotpEnrol3 {\n            totpEnrol {\n              enrolment {\n                secret\n              }\n              errors {\n                code\n              }\n            }\n          }\n        ": typeof types.SecurityAppTotpEnrol3Document,
    "\n        mutation SecurityAppTotpConfirm2($i: TotpConfirmInput!) {\n          totpConfirm(input: $i) {\n            enabled\n            errors {\n              code\n            }\n          }\n        }\n      ": typeof types.SecurityAppTotpConfirm2Document,
    "\n    mutation SecurityAppEnterpriseMemberAdd($i: EnterpriseMemberAddInput!) {\n      enterpriseMemberAdd(input: $i) {\n        enterprise {\n          members {\n            enterpriseRole\n          }\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  ": typeof types.SecurityAppEnterpriseMemberAddDocument,
    "\n            query SecurityAppMe7 {\n              me {\n                enterprise {\n                  id\n                }\n              }\n            }\n          ": typeof types.SecurityAppMe7Document,
    "\n          query SecurityAppMyEnterpriseInvitations {\n            myEnterpriseInvitations {\n              id\n            }\n          }\n        ": typeof types.SecurityAppMyEnterpriseInvitationsDocument,
    "\n      mutation SecurityAppEnterpriseInvitationDecline($i: EnterpriseInvitationInput!) {\n        enterpriseInvitationDecline(input: $i) {\n          joined\n          errors {\n            code\n          }\n        }\n      }\n    ": typeof types.SecurityAppEnterpriseInvitationDeclineDocument,
    "\n            query SecurityAppMyEnterpriseInvitations2 {\n              myEnterpriseInvitations {\n                id\n              }\n            }\n          ": typeof types.SecurityAppMyEnterpriseInvitations2Document,
    "\n    mutation SecurityAppAccountRegister2($i: AccountRegisterInput!) {\n      accountRegister(input: $i) {\n        account {\n          id\n        }\n        errors {\n          code\n        }\n      }\n    }\n  ": typeof types.SecurityAppAccountRegister2Document,
    "\n  query SiteInheritPolicies($f: PolicyFilter) {\n    policies(filter: $f, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          provinceOnly\n          site {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.SiteInheritPoliciesDocument,
    "\n  query SiteInheritSearch($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n      hits {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.SiteInheritSearchDocument,
    "\n  mutation SiteInheritProvinceOnlySet($i: ProvinceOnlySetInput!) {\n    provinceOnlySet(input: $i) {\n      id\n      provinceOnly\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.SiteInheritProvinceOnlySetDocument,
    "\n  query SiteInheritPolicy($id: ID!) {\n    policy(id: $id) {\n      id\n    }\n  }\n": typeof types.SiteInheritPolicyDocument,
    "\n  query SmokeSites {\n    currentSite {\n      code\n      name\n      parent {\n        code\n      }\n    }\n    sites {\n      code\n    }\n  }\n": typeof types.SmokeSitesDocument,
    "\n  query SmokeCurrentSite {\n    currentSite {\n      code\n      parent {\n        code\n      }\n    }\n  }\n": typeof types.SmokeCurrentSiteDocument,
    "\n  query WebAdminSlaDefaults {\n    platformDockingSla {\n      firstResponseMinutes\n      replyMinutes\n      resolutionMinutes\n      builtIn\n    }\n  }\n": typeof types.WebAdminSlaDefaultsDocument,
    "\n  mutation WebAdminSlaUpdate($i: PlatformDockingSlaInput!) {\n    platformDockingSlaUpdate(input: $i) {\n      sla {\n        firstResponseMinutes\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebAdminSlaUpdateDocument,
    "\n  query WebAdminInstitutionStatus($id: ID!) {\n    institution(id: $id) {\n      status\n    }\n  }\n": typeof types.WebAdminInstitutionStatusDocument,
    "\n  query WebAdminEnterpriseStatus($id: ID!) {\n    enterprise(id: $id) {\n      status\n      reviewReason\n    }\n  }\n": typeof types.WebAdminEnterpriseStatusDocument,
    "\n  query WebAdminSearchTotal($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n    }\n  }\n": typeof types.WebAdminSearchTotalDocument,
    "\n  query WebAdminZeroResultQueries {\n    searchZeroResultQueries(first: 20) {\n      query\n    }\n  }\n": typeof types.WebAdminZeroResultQueriesDocument,
    "\n  query WebAdminSearchConcepts {\n    searchConcepts(first: 100) {\n      nodes {\n        phrase\n        expansions\n      }\n    }\n  }\n": typeof types.WebAdminSearchConceptsDocument,
    "\n  query WebAdminSearchExpansions($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        expansions {\n          phrase\n          terms\n        }\n      }\n    }\n  }\n": typeof types.WebAdminSearchExpansionsDocument,
    "\n    mutation WebColumnNeedDockingStart($i: DockingActionInput!) {\n      dockingStart(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": typeof types.WebColumnNeedDockingStartDocument,
    "\n    mutation WebColumnNeedDockingComplete($i: DockingActionInput!) {\n      dockingComplete(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": typeof types.WebColumnNeedDockingCompleteDocument,
    "\n    mutation WebColumnNeedDockingDecline($i: DockingActionInput!) {\n      dockingDecline(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": typeof types.WebColumnNeedDockingDeclineDocument,
    "\n    mutation WebColumnNeedDockingCancel($i: DockingActionInput!) {\n      dockingCancel(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": typeof types.WebColumnNeedDockingCancelDocument,
    "\n  query WebColumnNeedDockingAmountFinanced($id: ID!) {\n    columnNeed(id: $id) {\n      amountFinanced\n    }\n  }\n": typeof types.WebColumnNeedDockingAmountFinancedDocument,
    "\n  query WebColumnNeedDockingDocking($id: ID!) {\n    columnNeed(id: $id) {\n      docking {\n        id\n      }\n    }\n  }\n": typeof types.WebColumnNeedDockingDockingDocument,
    "\n  query StatisticsByColumn {\n    columnStatistics(groupBy: COLUMN) {\n      rows {\n        key\n        received\n      }\n      total {\n        received\n        amountRequested\n        headcountRequested\n        amountFinanced\n      }\n    }\n  }\n": typeof types.StatisticsByColumnDocument,
    "\n  query WebColumnsNeedProfile($id: ID!) {\n    columnNeed(id: $id) {\n      enterpriseProfile {\n        name\n      }\n    }\n  }\n": typeof types.WebColumnsNeedProfileDocument,
    "\n  query WebColumnsNeedDocking($id: ID!) {\n    columnNeed(id: $id) {\n      docking {\n        id\n      }\n    }\n  }\n": typeof types.WebColumnsNeedDockingDocument,
    "\n  mutation WebColumnsDockingCancel($i: DockingActionInput!) {\n    dockingCancel(input: $i) {\n      docking {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebColumnsDockingCancelDocument,
    "\n  mutation WebColumnsConsentGrant($i: ProfileConsentInput!) {\n    profileConsentGrant(input: $i) {\n      consent {\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebColumnsConsentGrantDocument,
    "\n  mutation WebColumnsConsentRevoke($i: ProfileConsentInput!) {\n    profileConsentRevoke(input: $i) {\n      consent {\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebColumnsConsentRevokeDocument,
    "\n  mutation WebColumnsStartupResourceCreate($i: StartupResourceCreateInput!) {\n    startupResourceCreate(input: $i) {\n      resource {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebColumnsStartupResourceCreateDocument,
    "\n  mutation WebColumnsNeedClose($i: ColumnNeedCloseInput!) {\n    columnNeedClose(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebColumnsNeedCloseDocument,
    "\n  mutation WebColumnsTalentNeedSubmit($i: TalentNeedSubmitInput!) {\n    talentNeedSubmit(input: $i) {\n      need {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebColumnsTalentNeedSubmitDocument,
    "\n  query WebDockingActivitiesMyRegistration($id: ID!) {\n    activity(id: $id) {\n      myRegistration {\n        rating\n        comment\n      }\n    }\n  }\n": typeof types.WebDockingActivitiesMyRegistrationDocument,
    "\n  mutation WebDockingDemandsReview($i: DemandReviewInput!) {\n    demandReview(input: $i) {\n      demand {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebDockingDemandsReviewDocument,
    "\n  mutation WebDockingDemandsCreate($i: DemandCreateInput!) {\n    demandCreate(input: $i) {\n      demand {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebDockingDemandsCreateDocument,
    "\n  mutation TestWebFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestWebFlowRegisterDocument,
    "\n  mutation WebNotificationsMessageSend($i: DockingMessageInput!) {\n    dockingMessageSend(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebNotificationsMessageSendDocument,
    "\n  query WebPartnersClients {\n    apiClients {\n      nodes {\n        clientId\n        scopes\n        allowedOrigins\n        requestsPerMinute\n      }\n    }\n  }\n": typeof types.WebPartnersClientsDocument,
    "\n  mutation WebPartnersClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.WebPartnersClientCreateDocument,
    "\n  query WebPartnersSiteId {\n    currentSite {\n      id\n    }\n  }\n": typeof types.WebPartnersSiteIdDocument,
    "\n  mutation WebPolicyForMeConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebPolicyForMeConditionsSetDocument,
    "\n  mutation WebPolicyForMeGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.WebPolicyForMeGuideAddDocument,
    "\n  query WebPolicyForMeCounts {\n    eligible: policyMatches(verdicts: [ELIGIBLE], first: 1) {\n      totalCount\n    }\n    likely: policyMatches(verdicts: [LIKELY], first: 1) {\n      totalCount\n    }\n    nearMiss: policyMatches(verdicts: [NOT_ELIGIBLE], first: 1) {\n      totalCount\n    }\n  }\n": typeof types.WebPolicyForMeCountsDocument,
    "\n  mutation WebPolicyMatchConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebPolicyMatchConditionsSetDocument,
    "\n  mutation WebPolicyMatchLink($i: PolicyLinkInput!) {\n    policyLink(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.WebPolicyMatchLinkDocument,
    "\n  mutation WebPolicyReachConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebPolicyReachConditionsSetDocument,
    "\n  mutation WebPolicyReachEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.WebPolicyReachEnterpriseReviewDocument,
    "\n  mutation WebPolicySubscriptionsCreate($i: PolicySubscriptionCreateInput!) {\n    policySubscriptionCreate(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.WebPolicySubscriptionsCreateDocument,
    "\n  mutation WebPortalPolicyGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        message\n      }\n    }\n  }\n": typeof types.WebPortalPolicyGuideAddDocument,
    "\n  query WebMyEnterprise {\n    me {\n      enterprise {\n        id\n      }\n    }\n  }\n": typeof types.WebMyEnterpriseDocument,
    "\n  mutation WebEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      enterprise {\n        status\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.WebEnterpriseReviewDocument,
    "\n        query WebhooksCurrentSite {\n          currentSite {\n            id\n          }\n        }\n      ": typeof types.WebhooksCurrentSiteDocument,
    "\n  mutation WebhooksApiClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      client {\n        id\n        clientId\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebhooksApiClientCreateDocument,
    "\n  mutation WebhooksWebhookSubscriptionCreate($i: WebhookSubscriptionCreateInput!) {\n    webhookSubscriptionCreate(input: $i) {\n      subscription {\n        id\n        url\n        eventTypes\n        sm3\n        active\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebhooksWebhookSubscriptionCreateDocument,
    "\n  mutation WebhooksWebhookSubscriptionUpdate($i: WebhookSubscriptionUpdateInput!) {\n    webhookSubscriptionUpdate(input: $i) {\n      subscription {\n        id\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebhooksWebhookSubscriptionUpdateDocument,
    "\n  mutation WebhooksWebhookSubscriptionDelete($i: WebhookSubscriptionDeleteInput!) {\n    webhookSubscriptionDelete(input: $i) {\n      deletedId\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebhooksWebhookSubscriptionDeleteDocument,
    "\n  mutation WebhooksWebhookDeliveryReplay($i: WebhookDeliveryReplayInput!) {\n    webhookDeliveryReplay(input: $i) {\n      delivery {\n        id\n        status\n        attempts\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.WebhooksWebhookDeliveryReplayDocument,
    "\n  query WebhooksWebhookDeliveries($f: WebhookDeliveryFilter) {\n    webhookDeliveries(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n        webhookId\n        eventId\n        eventType\n        url\n        status\n        attempts\n        lastStatusCode\n        lastError\n        lastResponse\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n": typeof types.WebhooksWebhookDeliveriesDocument,
    "\n            query WebhooksCurrentSite2 {\n              currentSite {\n                id\n              }\n            }\n          ": typeof types.WebhooksCurrentSite2Document,
    "\n        query WebhooksWebhookSubscriptions {\n          webhookSubscriptions(first: 10) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.WebhooksWebhookSubscriptionsDocument,
    "\n          mutation WebhooksDockingSubmit($i: DockingSubmitInput!) {\n            dockingSubmit(input: $i) {\n              docking {\n                id\n                status\n              }\n              errors {\n                ...TestUserError\n              }\n            }\n          }\n        ": typeof types.WebhooksDockingSubmitDocument,
    "\n        mutation WebhooksDockingMessageSend($i: DockingMessageInput!) {\n          dockingMessageSend(input: $i) {\n            docking {\n              id\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.WebhooksDockingMessageSendDocument,
    "\n        mutation WebhooksDockingAccept($i: DockingActionInput!) {\n          dockingAccept(input: $i) {\n            docking {\n              id\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": typeof types.WebhooksDockingAcceptDocument,
    "\n        query WebhooksWebhookSubscriptions2 {\n          webhookSubscriptions(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.WebhooksWebhookSubscriptions2Document,
    "\n        query WebhooksWebhookSubscriptions3 {\n          webhookSubscriptions(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.WebhooksWebhookSubscriptions3Document,
    "\n  mutation TestAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestAccountRegisterDocument,
    "\n  mutation TestLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TestLoginDocument,
    "\n  mutation TestFactoryActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestFactoryActivityCreateDocument,
    "\n  mutation TestFactoryActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestFactoryActivityReviewDocument,
    "\n  mutation TestFinancingProductCreate($i: FinancingProductCreateInput!) {\n    financingProductCreate(input: $i) {\n      product {\n        id\n        name\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.TestFinancingProductCreateDocument,
    "\n  mutation TestFinancingNeedSubmit($i: FinancingNeedSubmitInput!) {\n    financingNeedSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.TestFinancingNeedSubmitDocument,
    "\n  mutation TestColumnNeedReply($i: ColumnNeedReplyInput!) {\n    columnNeedReply(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.TestColumnNeedReplyDocument,
    "\n  mutation TestColumnNeedStartDocking($i: ColumnNeedDockingInput!) {\n    columnNeedStartDocking(input: $i) {\n      need {\n        id\n      }\n      docking {\n        id\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.TestColumnNeedStartDockingDocument,
    "\n  mutation TestInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestInstitutionApplyDocument,
    "\n  mutation TestInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestInstitutionReviewDocument,
    "\n  mutation TestDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.TestDockingSubmitDocument,
    "\n  mutation TestServiceProductCreate($i: ServiceProductCreateInput!) {\n    serviceProductCreate(input: $i) {\n      product {\n        id\n        name\n        status\n      }\n      warnings {\n        field\n        message\n        suggestion\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestServiceProductCreateDocument,
    "\n  mutation TestServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) {\n      product {\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestServiceProductReviewDocument,
    "\n  mutation TestEnterpriseRegister($i: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $i) {\n      enterprise {\n        id\n        uscc\n        name\n        sizeClass\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TestEnterpriseRegisterDocument,
    "\n  fragment TestUserError on UserError {\n    code\n    field\n    message\n  }\n": typeof types.TestUserErrorFragmentDoc,
    "\n  fragment TestColumnNeed on ColumnNeed {\n    id\n    column\n    title\n    status\n    matched\n    amount\n    headcount\n    regionCode\n    industryCode\n    firstReplyDue\n    firstRepliedAt\n    firstReplyOverdue\n  }\n": typeof types.TestColumnNeedFragmentDoc,
    "\n  fragment TestPolicyFields on Policy {\n    id\n    title\n    docNo\n    departments\n    publishedOn\n    effectiveFrom\n    effectiveTo\n    validity\n    author\n    sourceName\n    sourceUrl\n    body\n    tags\n    policyType\n    industries\n    sizeClasses\n    regions\n    hotWords\n    columns\n    featured\n    status\n    reviewComment\n    publishedVersion\n    viewCount\n  }\n": typeof types.TestPolicyFieldsFragmentDoc,
    "\n  mutation TestFactoryNoticeCreate($i: NoticeCreateInput!) {\n    noticeCreate(input: $i) {\n      notice {\n        id\n      }\n      errors {\n        message\n      }\n    }\n  }\n": typeof types.TestFactoryNoticeCreateDocument,
    "\n  mutation TestFactoryNoticePublish($i: NoticeIdInput!) {\n    noticePublish(input: $i) {\n      errors {\n        message\n      }\n    }\n  }\n": typeof types.TestFactoryNoticePublishDocument,
    "\n  mutation TestQualificationKindCreate($i: QualificationKindCreateInput!) {\n    qualificationKindCreate(input: $i) {\n      qualification {\n        code\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.TestQualificationKindCreateDocument,
    "\n  mutation TestFactoryPolicyCreate($i: PolicyCreateInput!) {\n    policyCreate(input: $i) {\n      policy {\n        ...TestPolicyFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.TestFactoryPolicyCreateDocument,
    "\n  fragment TestPolicyTransition on PolicyPayload {\n    policy {\n      id\n      status\n      publishedVersion\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n": typeof types.TestPolicyTransitionFragmentDoc,
    "\n    mutation TestFactoryPolicySubmit($i: PolicyTransitionInput!) {\n      policySubmit(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  ": typeof types.TestFactoryPolicySubmitDocument,
    "\n    mutation TestFactoryPolicyPublish($i: PolicyTransitionInput!) {\n      policyPublish(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  ": typeof types.TestFactoryPolicyPublishDocument,
    "\n    mutation TestFactoryPolicyRevise($i: PolicyTransitionInput!) {\n      policyRevise(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  ": typeof types.TestFactoryPolicyReviseDocument,
    "\n    mutation TestFactoryPolicyWithdraw($i: PolicyTransitionInput!) {\n      policyWithdraw(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  ": typeof types.TestFactoryPolicyWithdrawDocument,
    "\n    mutation TestFactoryPolicyExpire($i: PolicyTransitionInput!) {\n      policyExpire(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  ": typeof types.TestFactoryPolicyExpireDocument,
    "\n  mutation TestFactoryPolicyReview($i: PolicyReviewInput!) {\n    policyReview(input: $i) {\n      policy {\n        id\n        status\n        reviewComment\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": typeof types.TestFactoryPolicyReviewDocument,
};
const documents: Documents = {
    "\n  mutation TestFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n        status\n        ticket\n        ticketCode\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestFlowRegisterDocument,
    "\n  mutation TestFlowCancel($i: RegistrationRefInput!) {\n    activityRegistrationCancel(input: $i) {\n      registration {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestFlowCancelDocument,
    "\n  mutation TestFlowCheckIn($i: ActivityCheckInInput!) {\n    activityCheckIn(input: $i) {\n      registration {\n        id\n        checkedInAt\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestFlowCheckInDocument,
    "\n  query TestFlowMyRegistrations {\n    myActivityRegistrations(first: 10) {\n      totalCount\n      nodes {\n        id\n        status\n        ticketCode\n        activity {\n          id\n          name\n          registeredCount\n          waitlistedCount\n        }\n      }\n    }\n  }\n": types.TestFlowMyRegistrationsDocument,
    "\n  fragment ActivityTestActivity on Activity {\n    id\n    name\n    status\n    organisers\n    capacity\n    registeredCount\n    waitlistedCount\n    remainingSeats\n    placeAddress\n    logoDataUrl\n    agenda {\n      title\n      speaker\n      startsAt\n    }\n    summary\n    attendance {\n      registered\n      checkedIn\n      rate\n      evaluations\n      averageRating\n    }\n    institution {\n      name\n    }\n  }\n": types.ActivityTestActivityFragmentDoc,
    "\n  mutation ActivityActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        ...ActivityTestActivity\n      }\n      warnings {\n        field\n        message\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ActivityActivityCreateDocument,
    "\n  mutation ActivityActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        ...ActivityTestActivity\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ActivityActivityReviewDocument,
    "\n  fragment ActivityTestRegistration on ActivityRegistration {\n    id\n    status\n    ticket\n    checkedInAt\n    waitlistPosition\n    rating\n  }\n": types.ActivityTestRegistrationFragmentDoc,
    "\n  mutation ActivityActivityRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ActivityActivityRegisterDocument,
    "\n  mutation ActivityActivityRegistrationCancel($i: RegistrationRefInput!) {\n    activityRegistrationCancel(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ActivityActivityRegistrationCancelDocument,
    "\n  mutation ActivityActivityCheckIn($i: ActivityCheckInInput!) {\n    activityCheckIn(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ActivityActivityCheckInDocument,
    "\n  mutation ActivityActivityEvaluate($i: ActivityEvaluateInput!) {\n    activityEvaluate(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ActivityActivityEvaluateDocument,
    "\n            query ActivityActivities {\n              activities(first: 10) {\n                totalCount\n              }\n            }\n          ": types.ActivityActivitiesDocument,
    "\n        query ActivityActivities2 {\n          activities(first: 10, filter: { column: TECHNOLOGY, upcoming: true }) {\n            totalCount\n            nodes {\n              name\n              organisers\n              agenda {\n                title\n              }\n              institution {\n                name\n              }\n            }\n          }\n        }\n      ": types.ActivityActivities2Document,
    "\n            query ActivityActivities3($m: String) {\n              activities(first: 100, filter: { month: $m }) {\n                totalCount\n              }\n            }\n          ": types.ActivityActivities3Document,
    "\n        query ActivityActivities4 {\n          activities(first: 10, filter: { month: \"2026-13\" }) {\n            totalCount\n          }\n        }\n      ": types.ActivityActivities4Document,
    "\n          query ActivityActivity($id: ID!) {\n            activity(id: $id) {\n              registeredCount\n              waitlistedCount\n              remainingSeats\n            }\n          }\n        ": types.ActivityActivityDocument,
    "\n        query ActivityMyActivityRegistrations {\n          myActivityRegistrations(first: 10) {\n            nodes {\n              status\n              waitlistPosition\n              activity {\n                name\n              }\n            }\n          }\n        }\n      ": types.ActivityMyActivityRegistrationsDocument,
    "\n        query ActivityActivityRegistrations($id: ID!) {\n          activityRegistrations(activityId: $id, first: 10) {\n            totalCount\n            nodes {\n              status\n              ticket\n            }\n          }\n        }\n      ": types.ActivityActivityRegistrationsDocument,
    "\n            query ActivityActivityRegistrations2($id: ID!) {\n              activityRegistrations(activityId: $id, first: 10) {\n                totalCount\n              }\n            }\n          ": types.ActivityActivityRegistrations2Document,
    "\n      query ActivityActivity2($id: ID!) {\n        activity(id: $id) {\n          myRegistration {\n            ticketQrSvg\n          }\n        }\n      }\n    ": types.ActivityActivity2Document,
    "\n            query ActivityActivityRegistrations3($id: ID!) {\n              activityRegistrations(activityId: $id, first: 10) {\n                nodes {\n                  ticketQrSvg\n                }\n              }\n            }\n          ": types.ActivityActivityRegistrations3Document,
    "\n        mutation ActivityActivitySummaryPublish($i: ActivitySummaryInput!) {\n          activitySummaryPublish(input: $i) {\n            activity {\n              ...ActivityTestActivity\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.ActivityActivitySummaryPublishDocument,
    "\n    mutation ActivityActivityInvitationsAdd($i: ActivityInvitationsAddInput!) {\n      activityInvitationsAdd(input: $i) {\n        invitations {\n          id\n          contactKind\n          contact\n          revokedAt\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": types.ActivityActivityInvitationsAddDocument,
    "\n    mutation ActivityActivityInvitationRevoke($i: ActivityInvitationRevokeInput!) {\n      activityInvitationRevoke(input: $i) {\n        invitation {\n          id\n          revokedAt\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": types.ActivityActivityInvitationRevokeDocument,
    "\n    query ActivityActivityInvitations($id: ID!, $all: Boolean) {\n      activityInvitations(activityId: $id, first: 100, includeRevoked: $all) {\n        totalCount\n        nodes {\n          contact\n          revokedAt\n        }\n      }\n    }\n  ": types.ActivityActivityInvitationsDocument,
    "\n    query ActivityActivity3($id: ID!) {\n      activity(id: $id) {\n        registrationMethod\n        viewerInvited\n      }\n    }\n  ": types.ActivityActivity3Document,
    "\n        mutation ActivityAccountRegister($i: AccountRegisterInput!) {\n          accountRegister(input: $i) {\n            account {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.ActivityAccountRegisterDocument,
    "\n        query ActivityMyActivityInvitations {\n          myActivityInvitations(first: 10) {\n            totalCount\n            nodes {\n              contactKind\n              activity {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": types.ActivityMyActivityInvitationsDocument,
    "\n      query ActivityMyActivityRegistrations2 {\n        myActivityRegistrations(first: 1) {\n          nodes {\n            id\n            status\n            ticket\n            ticketQrSvg\n          }\n        }\n      }\n    ": types.ActivityMyActivityRegistrations2Document,
    "\n        query ActivityActivityStatistics {\n          activityStatistics(groupBy: COLUMN) {\n            key\n            label\n            activities\n            registered\n            waitlisted\n            checkedIn\n            attendanceRate\n            evaluations\n            averageRating\n          }\n        }\n      ": types.ActivityActivityStatisticsDocument,
    "\n        query ActivityActivityStatistics2 {\n          activityStatistics(groupBy: INSTITUTION) {\n            key\n            label\n            activities\n          }\n        }\n      ": types.ActivityActivityStatistics2Document,
    "\n        query ActivityActivityStatistics3 {\n          activityStatistics(groupBy: MONTH) {\n            key\n            activities\n          }\n        }\n      ": types.ActivityActivityStatistics3Document,
    "\n          query ActivityActivityStatisticsCsv {\n            activityStatisticsCsv(groupBy: COLUMN)\n          }\n        ": types.ActivityActivityStatisticsCsvDocument,
    "\n          query ActivityActivityStatisticsXlsx {\n            activityStatisticsXlsx(groupBy: COLUMN) {\n              filename\n              mimeType\n              byteSize\n              contentBase64\n            }\n          }\n        ": types.ActivityActivityStatisticsXlsxDocument,
    "\n            query ActivityActivityStatistics4 {\n              activityStatistics(groupBy: COLUMN) {\n                key\n              }\n            }\n          ": types.ActivityActivityStatistics4Document,
    "\n        query ActivityActivities5 {\n          activities(first: 100) {\n            nodes {\n              name\n              remainingSeats\n              attendance {\n                registered\n              }\n              institution {\n                name\n              }\n              myRegistration {\n                status\n              }\n            }\n          }\n        }\n      ": types.ActivityActivities5Document,
    "\n  mutation AuditIntegrityLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n      }\n    }\n  }\n": types.AuditIntegrityLoginDocument,
    "\n  mutation ColumnsEntrepreneurshipStartupResourceCreate($i: StartupResourceCreateInput!) {\n    startupResourceCreate(input: $i) {\n      resource {\n        id\n        name\n        kind\n        regionName\n        institution {\n          name\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ColumnsEntrepreneurshipStartupResourceCreateDocument,
    "\n  query ColumnsEntrepreneurshipStartupResources($f: StartupResourceFilter) {\n    startupResources(first: 50, filter: $f) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n": types.ColumnsEntrepreneurshipStartupResourcesDocument,
    "\n  mutation ColumnsEntrepreneurshipEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {\n    entrepreneurshipNeedSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n        entrepreneurship {\n          category\n          stage\n          anonymous\n        }\n        institutions {\n          name\n        }\n      }\n      trackingCode\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ColumnsEntrepreneurshipEntrepreneurshipNeedSubmitDocument,
    "\n        query ColumnsEntrepreneurshipStartupResources2 {\n          startupResources(first: 100) {\n            totalCount\n            nodes {\n              name\n              institution {\n                name\n              }\n            }\n          }\n        }\n      ": types.ColumnsEntrepreneurshipStartupResources2Document,
    "\n      mutation ColumnsEntrepreneurshipColumnNeedReply($i: ColumnNeedReplyInput!) {\n        columnNeedReply(input: $i) {\n          need {\n            status\n            replies {\n              body\n              institution {\n                name\n              }\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.ColumnsEntrepreneurshipColumnNeedReplyDocument,
    "\n        query ColumnsEntrepreneurshipColumnNeedByTrackingCode($c: String!) {\n          columnNeedByTrackingCode(code: $c) {\n            title\n            status\n            entrepreneurship {\n              anonymous\n            }\n          }\n        }\n      ": types.ColumnsEntrepreneurshipColumnNeedByTrackingCodeDocument,
    "\n          query ColumnsEntrepreneurshipColumnNeedByTrackingCode2 {\n            columnNeedByTrackingCode(code: \"nope\") {\n              title\n            }\n          }\n        ": types.ColumnsEntrepreneurshipColumnNeedByTrackingCode2Document,
    "\n        mutation ColumnsEntrepreneurshipColumnNeedReply2($i: ColumnNeedReplyInput!) {\n          columnNeedReply(input: $i) {\n            need {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.ColumnsEntrepreneurshipColumnNeedReply2Document,
    "\n      query ColumnsEntrepreneurshipInstitutionColumnNeeds {\n        institutionColumnNeeds(first: 20, filter: { overdue: true }) {\n          nodes {\n            id\n            firstReplyOverdue\n          }\n        }\n      }\n    ": types.ColumnsEntrepreneurshipInstitutionColumnNeedsDocument,
    "\n          query ColumnsEntrepreneurshipInstitutionColumnNeeds2 {\n            institutionColumnNeeds(first: 20, filter: { status: ANSWERED }) {\n              nodes {\n                firstReplyOverdue\n              }\n            }\n          }\n        ": types.ColumnsEntrepreneurshipInstitutionColumnNeeds2Document,
    "\n    query ColumnsEntrepreneurshipStartupNeedBoard($f: StartupNeedBoardFilter) {\n      startupNeedBoard(first: 50, filter: $f) {\n        totalCount\n        nodes {\n          id\n          category\n          categoryLabel\n          stage\n          regionCode\n          regionName\n          status\n          createdAt\n        }\n      }\n    }\n  ": types.ColumnsEntrepreneurshipStartupNeedBoardDocument,
    "\n          query ColumnsFinancingFinancingProducts($f: FinancingProductFilter) {\n            financingProducts(first: 10, filter: $f) {\n              totalCount\n              nodes {\n                name\n                institution {\n                  name\n                }\n              }\n            }\n          }\n        ": types.ColumnsFinancingFinancingProductsDocument,
    "\n        query ColumnsFinancingFinancingProducts2 {\n          financingProducts(first: 10, filter: { regionCode: \"12\" }) {\n            totalCount\n          }\n        }\n      ": types.ColumnsFinancingFinancingProducts2Document,
    "\n        query ColumnsFinancingFinancingProducts3 {\n          financingProducts(first: 100) {\n            nodes {\n              name\n              institution {\n                name\n              }\n            }\n          }\n        }\n      ": types.ColumnsFinancingFinancingProducts3Document,
    "\n      mutation ColumnsFinancingFinancingProductDelist($i: FinancingProductDelistInput!) {\n        financingProductDelist(input: $i) {\n          product {\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.ColumnsFinancingFinancingProductDelistDocument,
    "\n          query ColumnsFinancingFinancingProduct($id: ID!) {\n            financingProduct(id: $id) {\n              name\n            }\n          }\n        ": types.ColumnsFinancingFinancingProductDocument,
    "\n          query ColumnsFinancingFinancingProduct2($id: ID!) {\n            financingProduct(id: $id) {\n              name\n            }\n          }\n        ": types.ColumnsFinancingFinancingProduct2Document,
    "\n        query ColumnsFinancingFinancingRoutes {\n          financingRoutes {\n            code\n            kind\n            name\n            summary\n            steps\n          }\n        }\n      ": types.ColumnsFinancingFinancingRoutesDocument,
    "\n        query ColumnsFinancingFinancingRoutes2 {\n          financingRoutes(kind: DIRECT) {\n            name\n          }\n        }\n      ": types.ColumnsFinancingFinancingRoutes2Document,
    "\n  query ColumnsFinancingColumnNeed($id: ID!) {\n    columnNeed(id: $id) {\n      id\n      financing {\n        termMonths\n        purpose\n        collateral\n        urgency\n      }\n      financingMatches {\n        products {\n          eligible\n          product {\n            name\n          }\n          criteria {\n            code\n            passed\n            reason\n          }\n        }\n        nearMisses {\n          product {\n            name\n          }\n          criteria {\n            code\n            passed\n            reason\n          }\n        }\n        institutions {\n          name\n        }\n        referral {\n          message\n          institutions {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ColumnsFinancingColumnNeedDocument,
    "\n      query ColumnsFinancingColumnNeed2($id: ID!) {\n        columnNeed(id: $id) {\n          title\n          contactPhone\n          enterpriseProfile {\n            name\n            sizeClass\n            creditRating {\n              score\n              grade\n            }\n          }\n          financingMatches {\n            referral {\n              message\n            }\n          }\n        }\n      }\n    ": types.ColumnsFinancingColumnNeed2Document,
    "\n        mutation ColumnsFinancingProfileConsentGrant($i: ProfileConsentInput!) {\n          profileConsentGrant(input: $i) {\n            consent {\n              active\n              institution {\n                name\n              }\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.ColumnsFinancingProfileConsentGrantDocument,
    "\n        mutation ColumnsFinancingProfileConsentRevoke($i: ProfileConsentInput!) {\n          profileConsentRevoke(input: $i) {\n            consent {\n              active\n              institution {\n                name\n              }\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.ColumnsFinancingProfileConsentRevokeDocument,
    "\n        query ColumnsFinancingMyProfileConsents {\n          myProfileConsents {\n            active\n            revokedAt\n          }\n        }\n      ": types.ColumnsFinancingMyProfileConsentsDocument,
    "\n        query ColumnsFinancingInstitutionColumnNeeds {\n          institutionColumnNeeds(first: 10, filter: { column: FINANCING, status: OPEN }) {\n            totalCount\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.ColumnsFinancingInstitutionColumnNeedsDocument,
    "\n      mutation ColumnsFinancingColumnNeedReply($i: ColumnNeedReplyInput!) {\n        columnNeedReply(input: $i) {\n          need {\n            status\n            firstRepliedAt\n            replies {\n              body\n              institution {\n                name\n              }\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.ColumnsFinancingColumnNeedReplyDocument,
    "\n      mutation ColumnsFinancingColumnNeedClose($i: ColumnNeedCloseInput!) {\n        columnNeedClose(input: $i) {\n          need {\n            status\n            closedAt\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.ColumnsFinancingColumnNeedCloseDocument,
    "\n        query ColumnsFinancingMyColumnNeeds {\n          myColumnNeeds(first: 10, filter: { column: FINANCING }) {\n            totalCount\n            nodes {\n              ...TestColumnNeed\n            }\n          }\n        }\n      ": types.ColumnsFinancingMyColumnNeedsDocument,
    "\n        mutation ColumnsFinancingInboxConsentGrant($i: ProfileConsentInput!) {\n          profileConsentGrant(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.ColumnsFinancingInboxConsentGrantDocument,
    "\n          mutation ColumnsFinancingColumnNeedReply2($i: ColumnNeedReplyInput!) {\n            columnNeedReply(input: $i) {\n              errors {\n                ...TestUserError\n              }\n            }\n          }\n        ": types.ColumnsFinancingColumnNeedReply2Document,
    "\n          query ColumnsFinancingInstitutionColumnNeedsPage($first: Int!) {\n            institutionColumnNeeds(first: $first) {\n              totalCount\n              nodes {\n                title\n                enterpriseProfile {\n                  name\n                  creditRating {\n                    grade\n                  }\n                }\n                institutions {\n                  name\n                }\n                replies {\n                  body\n                  institution {\n                    name\n                  }\n                }\n                financing {\n                  purpose\n                }\n              }\n            }\n          }\n        ": types.ColumnsFinancingInstitutionColumnNeedsPageDocument,
    "\n        query ColumnsFinancingEnterprise($id: ID!) {\n          enterprise(id: $id) {\n            creditRating {\n              score\n              maxScore\n              grade\n              factors {\n                code\n                points\n                maxPoints\n                explanation\n              }\n            }\n          }\n        }\n      ": types.ColumnsFinancingEnterpriseDocument,
    "\n  query ColumnsNeedDockingColumnNeed($id: ID!) {\n    columnNeed(id: $id) {\n      id\n      status\n      closedAt\n      rating\n      amountFinanced\n      docking {\n        id\n        status\n      }\n      timeline {\n        type\n        body\n      }\n    }\n  }\n": types.ColumnsNeedDockingColumnNeedDocument,
    "\n  fragment ColumnsNeedDockingAction on DockingPayload {\n    docking {\n      status\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n": types.ColumnsNeedDockingActionFragmentDoc,
    "\n    mutation ColumnsNeedDockingDockingAccept($i: DockingActionInput!) {\n      dockingAccept(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  ": types.ColumnsNeedDockingDockingAcceptDocument,
    "\n    mutation ColumnsNeedDockingDockingStart($i: DockingActionInput!) {\n      dockingStart(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  ": types.ColumnsNeedDockingDockingStartDocument,
    "\n    mutation ColumnsNeedDockingDockingComplete($i: DockingActionInput!) {\n      dockingComplete(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  ": types.ColumnsNeedDockingDockingCompleteDocument,
    "\n    mutation ColumnsNeedDockingDockingDecline($i: DockingActionInput!) {\n      dockingDecline(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  ": types.ColumnsNeedDockingDockingDeclineDocument,
    "\n    mutation ColumnsNeedDockingDockingCancel($i: DockingActionInput!) {\n      dockingCancel(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  ": types.ColumnsNeedDockingDockingCancelDocument,
    "\n    mutation ColumnsNeedDockingDockingClose($i: DockingActionInput!) {\n      dockingClose(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  ": types.ColumnsNeedDockingDockingCloseDocument,
    "\n  mutation ColumnsNeedDockingDockingEvaluate($i: DockingEvaluateInput!) {\n    dockingEvaluate(input: $i) {\n      docking {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ColumnsNeedDockingDockingEvaluateDocument,
    "\n  mutation ColumnsNeedDockingColumnNeedClose($i: ColumnNeedCloseInput!) {\n    columnNeedClose(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ColumnsNeedDockingColumnNeedCloseDocument,
    "\n  mutation ColumnsNeedDockingColumnNeedRecordAmountFinanced($i: ColumnNeedAmountFinancedInput!) {\n    columnNeedRecordAmountFinanced(input: $i) {\n      need {\n        status\n        amountFinanced\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ColumnsNeedDockingColumnNeedRecordAmountFinancedDocument,
    "\n  query ColumnsNeedDockingColumnStatistics {\n    columnStatistics(groupBy: COLUMN, filter: { column: FINANCING }) {\n      total {\n        received\n        completed\n        amountFinanced\n        rated\n        averageRating\n      }\n    }\n  }\n": types.ColumnsNeedDockingColumnStatisticsDocument,
    "\n        mutation ColumnsNeedDockingDockingSubmit($i: DockingSubmitInput!) {\n          dockingSubmit(input: $i) {\n            docking {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.ColumnsNeedDockingDockingSubmitDocument,
    "\n  query ColumnsScenarioScenario($c: ScenarioCode!, $r: String) {\n    scenario(code: $c, regionCode: $r) {\n      code\n      title\n      summary\n      steps {\n        order\n        title\n        description\n        action {\n          label\n          operation\n          requiresLogin\n        }\n      }\n      nextAction {\n        label\n        operation\n        requiresLogin\n      }\n      institutions {\n        name\n      }\n      financingProducts {\n        name\n      }\n      financingRoutes {\n        code\n      }\n      startupResources {\n        name\n        kind\n      }\n      categories {\n        code\n        column\n      }\n      related {\n        kind\n        available\n        items {\n          id\n        }\n      }\n    }\n  }\n": types.ColumnsScenarioScenarioDocument,
    "\n    mutation ColumnsScenarioStartupResourceCreate($i: StartupResourceCreateInput!) {\n      startupResourceCreate(input: $i) {\n        errors {\n          field\n          message\n        }\n      }\n    }\n  ": types.ColumnsScenarioStartupResourceCreateDocument,
    "\n        query ColumnsSeedColumnStatistics {\n          columnStatistics(groupBy: COLUMN) {\n            total {\n              received\n              answered\n              completed\n              rated\n              amountFinanced\n            }\n          }\n        }\n      ": types.ColumnsSeedColumnStatisticsDocument,
    "\n        query ColumnsSeedStartupResources {\n          startupResources(first: 100, filter: { within: { south: 31.7, west: 117.1, north: 32.0, east: 117.5 } }) {\n            totalCount\n          }\n        }\n      ": types.ColumnsSeedStartupResourcesDocument,
    "\n  mutation ColumnsSlaDockingColumnNeedReply($i: ColumnNeedReplyInput!) {\n    columnNeedReply(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ColumnsSlaDockingColumnNeedReplyDocument,
    "\n  mutation ColumnsSlaDockingColumnNeedStartDocking($i: ColumnNeedDockingInput!) {\n    columnNeedStartDocking(input: $i) {\n      need {\n        id\n        docking {\n          id\n          status\n        }\n      }\n      docking {\n        id\n        kind\n        status\n        firstResponseAt\n        resolutionDue\n        institution {\n          name\n        }\n        demand {\n          status\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ColumnsSlaDockingColumnNeedStartDockingDocument,
    "\n  query ColumnsSlaDockingColumnStatistics {\n    columnStatistics(groupBy: COLUMN, filter: { column: FINANCING }) {\n      total {\n        received\n        answered\n        answeredWithinSla\n      }\n    }\n  }\n": types.ColumnsSlaDockingColumnStatisticsDocument,
    "\n      query ColumnsSlaDockingInstitutionColumnNeeds {\n        institutionColumnNeeds(first: 20, filter: { overdue: true }) {\n          nodes {\n            id\n          }\n        }\n      }\n    ": types.ColumnsSlaDockingInstitutionColumnNeedsDocument,
    "\n      query ColumnsSlaDockingColumnNeed($id: ID!) {\n        columnNeed(id: $id) {\n          firstReplyOverdue\n        }\n      }\n    ": types.ColumnsSlaDockingColumnNeedDocument,
    "\n        query ColumnsSlaDockingColumnNeed2($id: ID!) {\n          columnNeed(id: $id) {\n            institutions {\n              id\n              name\n            }\n            docking {\n              id\n            }\n          }\n        }\n      ": types.ColumnsSlaDockingColumnNeed2Document,
    "\n      query ColumnsSlaDockingDocking($id: ID!) {\n        docking(id: $id) {\n          status\n          timeline {\n            type\n            party\n            body\n          }\n        }\n      }\n    ": types.ColumnsSlaDockingDockingDocument,
    "\n        query ColumnsSlaDockingMyReminders {\n          myReminders(first: 10) {\n            nodes {\n              kind\n              message\n            }\n          }\n        }\n      ": types.ColumnsSlaDockingMyRemindersDocument,
    "\n        mutation ColumnsSlaDockingDockingStart($i: DockingActionInput!) {\n          dockingStart(input: $i) {\n            docking {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.ColumnsSlaDockingDockingStartDocument,
    "\n        mutation ColumnsSlaDockingDockingComplete($i: DockingActionInput!) {\n          dockingComplete(input: $i) {\n            docking {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.ColumnsSlaDockingDockingCompleteDocument,
    "\n          query ColumnsSlaDockingColumnNeed3($id: ID!) {\n            columnNeed(id: $id) {\n              docking {\n                status\n              }\n            }\n          }\n        ": types.ColumnsSlaDockingColumnNeed3Document,
    "\n      mutation ColumnsSlaDockingEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {\n        entrepreneurshipNeedSubmit(input: $i) {\n          need {\n            ...TestColumnNeed\n            institutions {\n              id\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.ColumnsSlaDockingEntrepreneurshipNeedSubmitDocument,
    "\n  mutation ColumnsStatsColumnNeedReply($i: ColumnNeedReplyInput!) {\n    columnNeedReply(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ColumnsStatsColumnNeedReplyDocument,
    "\n  fragment ColumnsStatsRow on ColumnStatsRow {\n    key\n    label\n    received\n    matched\n    answered\n    answeredWithinSla\n    completed\n    amountRequested\n    headcountRequested\n    amountFinanced\n    rated\n    averageRating\n    matchRate\n    slaRate\n    completionRate\n  }\n": types.ColumnsStatsRowFragmentDoc,
    "\n  query ColumnsStatsColumnStatistics($g: StatsDimension!, $f: ColumnStatsFilter) {\n    columnStatistics(groupBy: $g, filter: $f) {\n      dimension\n      rows {\n        ...ColumnsStatsRow\n      }\n      total {\n        ...ColumnsStatsRow\n      }\n    }\n  }\n": types.ColumnsStatsColumnStatisticsDocument,
    "\n      mutation ColumnsStatsTalentNeedSubmit($i: TalentNeedSubmitInput!) {\n        talentNeedSubmit(input: $i) {\n          need {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.ColumnsStatsTalentNeedSubmitDocument,
    "\n      mutation ColumnsStatsEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {\n        entrepreneurshipNeedSubmit(input: $i) {\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.ColumnsStatsEntrepreneurshipNeedSubmitDocument,
    "\n      mutation ColumnsStatsColumnNeedClose($i: ColumnNeedCloseInput!) {\n        columnNeedClose(input: $i) {\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.ColumnsStatsColumnNeedCloseDocument,
    "\n      mutation ColumnsStatsDiagnosisRequestSubmit($i: DiagnosisRequestSubmitInput!) {\n        diagnosisRequestSubmit(input: $i) {\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.ColumnsStatsDiagnosisRequestSubmitDocument,
    "\n        query ColumnsStatsColumnStatisticsCsv {\n          columnStatisticsCsv(groupBy: COLUMN)\n        }\n      ": types.ColumnsStatsColumnStatisticsCsvDocument,
    "\n        query ColumnsStatsColumnStatisticsCsv2 {\n          columnStatisticsCsv(groupBy: COLUMN)\n        }\n      ": types.ColumnsStatsColumnStatisticsCsv2Document,
    "\n        query ColumnsStatsColumnStatisticsXlsx {\n          columnStatisticsXlsx(groupBy: COLUMN) {\n            filename\n            mimeType\n            byteSize\n            contentBase64\n          }\n        }\n      ": types.ColumnsStatsColumnStatisticsXlsxDocument,
    "\n        query ColumnsStatsColumnStatisticsXlsx2 {\n          columnStatisticsXlsx(groupBy: MONTH) {\n            byteSize\n          }\n        }\n      ": types.ColumnsStatsColumnStatisticsXlsx2Document,
    "\n        query ColumnsStatsColumnStatisticsCsv3 {\n          columnStatisticsCsv(groupBy: MONTH)\n        }\n      ": types.ColumnsStatsColumnStatisticsCsv3Document,
    "\n        mutation ColumnsStatsTalentNeedSubmit2($i: TalentNeedSubmitInput!) {\n          talentNeedSubmit(input: $i) {\n            need {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.ColumnsStatsTalentNeedSubmit2Document,
    "\n        mutation ColumnsStatsColumnNeedClose2($i: ColumnNeedCloseInput!) {\n          columnNeedClose(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.ColumnsStatsColumnNeedClose2Document,
    "\n      mutation ColumnsStatsColumnNeedClose3($i: ColumnNeedCloseInput!) {\n        columnNeedClose(input: $i) {\n          need {\n            status\n            amountFinanced\n            rating\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.ColumnsStatsColumnNeedClose3Document,
    "\n          query ColumnsStatsMyColumnNeeds {\n            myColumnNeeds(first: 10, filter: { column: TALENT }) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": types.ColumnsStatsMyColumnNeedsDocument,
    "\n  mutation ColumnsTalentAdvisoryTalentNeedSubmit($i: TalentNeedSubmitInput!) {\n    talentNeedSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n        talent {\n          deadline\n          services\n          positions {\n            title\n            headcount\n            skills\n            salaryMin\n            salaryMax\n          }\n        }\n        institutions {\n          name\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ColumnsTalentAdvisoryTalentNeedSubmitDocument,
    "\n  mutation ColumnsTalentAdvisoryDiagnosisRequestSubmit($i: DiagnosisRequestSubmitInput!) {\n    diagnosisRequestSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n        category\n        diagnosis {\n          category\n          categoryLabel\n          group\n          onSite\n        }\n        institutions {\n          name\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ColumnsTalentAdvisoryDiagnosisRequestSubmitDocument,
    "\n        mutation ColumnsTalentAdvisoryColumnNeedReply($i: ColumnNeedReplyInput!) {\n          columnNeedReply(input: $i) {\n            need {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.ColumnsTalentAdvisoryColumnNeedReplyDocument,
    "\n          query ColumnsTalentAdvisoryColumnNeed($id: ID!) {\n            columnNeed(id: $id) {\n              id\n            }\n          }\n        ": types.ColumnsTalentAdvisoryColumnNeedDocument,
    "\n        query ColumnsTalentAdvisoryServiceCatalogue {\n          serviceCatalogue(column: TECHNOLOGY) {\n            code\n            label\n            group\n          }\n        }\n      ": types.ColumnsTalentAdvisoryServiceCatalogueDocument,
    "\n        query ColumnsTalentAdvisoryServiceCatalogue2 {\n          serviceCatalogue(column: CONSULTING) {\n            code\n            label\n            group\n          }\n        }\n      ": types.ColumnsTalentAdvisoryServiceCatalogue2Document,
    "\n            query ColumnsTalentAdvisoryInstitutionColumnNeeds {\n              institutionColumnNeeds(first: 10) {\n                totalCount\n              }\n            }\n          ": types.ColumnsTalentAdvisoryInstitutionColumnNeedsDocument,
    "\n        query ColumnsTalentAdvisoryInstitutionColumnNeeds2 {\n          institutionColumnNeeds(first: 10) {\n            totalCount\n            nodes {\n              id\n              title\n              enterpriseProfile {\n                name\n              }\n            }\n          }\n        }\n      ": types.ColumnsTalentAdvisoryInstitutionColumnNeeds2Document,
    "\n        mutation ColumnsTalentAdvisoryColumnNeedReply2($i: ColumnNeedReplyInput!) {\n          columnNeedReply(input: $i) {\n            need {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.ColumnsTalentAdvisoryColumnNeedReply2Document,
    "\n        query ColumnsTalentAdvisoryMyColumnNeeds {\n          myColumnNeeds(first: 100) {\n            totalCount\n            nodes {\n              title\n              institutions {\n                name\n              }\n              replies {\n                body\n                institution {\n                  name\n                }\n              }\n              talent {\n                deadline\n              }\n              diagnosis {\n                group\n              }\n            }\n          }\n        }\n      ": types.ColumnsTalentAdvisoryMyColumnNeedsDocument,
    "\n  fragment DemandTestDemand on Demand {\n    id\n    name\n    status\n    visibility\n    regionName\n    periodStart\n    periodEnd\n    budget\n    offers {\n      id\n      plan\n      status\n      institution {\n        name\n      }\n    }\n    docking {\n      id\n      status\n      kind\n    }\n  }\n": types.DemandTestDemandFragmentDoc,
    "\n  mutation DemandDemandCreate($i: DemandCreateInput!) {\n    demandCreate(input: $i) {\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.DemandDemandCreateDocument,
    "\n  mutation DemandDemandReview($i: DemandReviewInput!) {\n    demandReview(input: $i) {\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.DemandDemandReviewDocument,
    "\n  mutation DemandDemandOffer($i: DemandOfferInput!) {\n    demandOffer(input: $i) {\n      offer {\n        id\n        status\n      }\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.DemandDemandOfferDocument,
    "\n  mutation DemandDemandChooseOffer($i: DemandChooseInput!) {\n    demandChooseOffer(input: $i) {\n      docking {\n        id\n        status\n        kind\n        resolutionDue\n        firstResponseAt\n      }\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.DemandDemandChooseOfferDocument,
    "\n  query DemandDemands {\n    demands(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.DemandDemandsDocument,
    "\n        query DemandDemandHandlingRules {\n          demandHandlingRules {\n            version\n            scope\n            reviewStandards\n            process\n            tracking\n          }\n        }\n      ": types.DemandDemandHandlingRulesDocument,
    "\n        mutation DemandDemandDispatch($i: DemandDispatchInput!) {\n          demandDispatch(input: $i) {\n            demand {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.DemandDemandDispatchDocument,
    "\n        query DemandDemand($id: ID!) {\n          demand(id: $id) {\n            offers {\n              plan\n            }\n          }\n        }\n      ": types.DemandDemandDocument,
    "\n        query DemandDemand2($id: ID!) {\n          demand(id: $id) {\n            offers {\n              plan\n            }\n          }\n        }\n      ": types.DemandDemand2Document,
    "\n      mutation DemandDockingStart($i: DockingActionInput!) {\n        dockingStart(input: $i) {\n          docking {\n            status\n            demand {\n              name\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.DemandDockingStartDocument,
    "\n      mutation DemandDockingComplete($i: DockingActionInput!) {\n        dockingComplete(input: $i) {\n          docking {\n            status\n            demand {\n              name\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.DemandDockingCompleteDocument,
    "\n        mutation DemandDockingEvaluate($i: DockingEvaluateInput!) {\n          dockingEvaluate(input: $i) {\n            docking {\n              evaluation {\n                average\n              }\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.DemandDockingEvaluateDocument,
    "\n            query DemandDemand3($id: ID!) {\n              demand(id: $id) {\n                id\n              }\n            }\n          ": types.DemandDemand3Document,
    "\n        mutation DemandDemandDispatch2($i: DemandDispatchInput!) {\n          demandDispatch(input: $i) {\n            demand {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.DemandDemandDispatch2Document,
    "\n      query DemandMyReminders {\n        myReminders(first: 100) {\n          nodes {\n            kind\n            demandId\n          }\n        }\n      }\n    ": types.DemandMyRemindersDocument,
    "\n      mutation DemandDemandCancel($i: DemandRefInput!) {\n        demandCancel(input: $i) {\n          demand {\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.DemandDemandCancelDocument,
    "\n        query DemandDemands2 {\n          demands(first: 100) {\n            totalCount\n            nodes {\n              id\n              name\n              regionName\n              offers {\n                plan\n                institution {\n                  name\n                }\n              }\n              docking {\n                status\n              }\n            }\n          }\n        }\n      ": types.DemandDemands2Document,
    "\n      query DemandDockings {\n        dockings(first: 50) {\n          totalCount\n          nodes {\n            id\n            status\n            demand {\n              name\n            }\n            product {\n              name\n            }\n            enterprise {\n              name\n            }\n          }\n        }\n      }\n    ": types.DemandDockingsDocument,
    "\n  mutation DockingHolidaysDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n        firstResponseDue\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.DockingHolidaysDockingSubmitDocument,
    "\n  query DockingHolidaysDocking($id: ID!) {\n    docking(id: $id) {\n      timeline {\n        type\n        at\n      }\n    }\n  }\n": types.DockingHolidaysDockingDocument,
    "\n  mutation DockingHolidaysWorkingDayOverrideSet($i: WorkingDayOverrideInput!) {\n    workingDayOverrideSet(input: $i) {\n      day {\n        date\n        working\n        source\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.DockingHolidaysWorkingDayOverrideSetDocument,
    "\n  mutation DockingHolidaysWorkingDayOverrideRemove($i: WorkingDayOverrideRemoveInput!) {\n    workingDayOverrideRemove(input: $i) {\n      day {\n        date\n        working\n        source\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.DockingHolidaysWorkingDayOverrideRemoveDocument,
    "\n        query DockingHolidaysWorkingDays {\n          workingDays(from: \"2026-10-09\", days: 5) {\n            date\n            working\n            source\n            publicCalendarKnown\n          }\n        }\n      ": types.DockingHolidaysWorkingDaysDocument,
    "\n        query DockingHolidaysWorkingDayOverrides {\n          workingDayOverrides(year: 2026) {\n            date\n            workday\n            note\n          }\n        }\n      ": types.DockingHolidaysWorkingDayOverridesDocument,
    "\n        query DockingSeedServiceProducts {\n          serviceProducts(first: 1) {\n            totalCount\n          }\n          activities(first: 1) {\n            totalCount\n          }\n        }\n      ": types.DockingSeedServiceProductsDocument,
    "\n  mutation DockingSlaDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n        firstResponseDue\n        resolutionDue\n        createdAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.DockingSlaDockingSubmitDocument,
    "\n  mutation DockingSlaDockingUrge($i: DockingActionInput!) {\n    dockingUrge(input: $i) {\n      docking {\n        urgeCount\n        escalationLevel\n        lastUrgedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.DockingSlaDockingUrgeDocument,
    "\n  query DockingSlaDocking($id: ID!) {\n    docking(id: $id) {\n      escalationLevel\n      timeline {\n        type\n        party\n        body\n      }\n    }\n  }\n": types.DockingSlaDockingDocument,
    "\n  query DockingSlaMyReminders {\n    myReminders(first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        message\n        docking {\n          id\n        }\n      }\n    }\n  }\n": types.DockingSlaMyRemindersDocument,
    "\n        subscription DockingSlaReminderReceived {\n          reminderReceived {\n            kind\n            message\n            docking {\n              id\n            }\n          }\n        }\n      ": types.DockingSlaReminderReceivedDocument,
    "\n        subscription DockingSlaReminderReceived2 {\n          reminderReceived {\n            kind\n            docking {\n              id\n            }\n          }\n        }\n      ": types.DockingSlaReminderReceived2Document,
    "\n        subscription DockingSlaReminderReceived3 {\n          reminderReceived {\n            kind\n          }\n        }\n      ": types.DockingSlaReminderReceived3Document,
    "\n            query DockingSlaInstitutionSlaStatistics {\n              institutionSlaStatistics(first: 10) {\n                nodes {\n                  breached\n                  firstResponseOnTimeRate\n                }\n              }\n            }\n          ": types.DockingSlaInstitutionSlaStatisticsDocument,
    "\n        subscription DockingSlaReminderReceived4 {\n          reminderReceived {\n            kind\n            docking {\n              id\n              escalationLevel\n              urgeCount\n            }\n          }\n        }\n      ": types.DockingSlaReminderReceived4Document,
    "\n      query DockingSlaDockingStatistics($id: ID) {\n        dockingStatistics(institutionId: $id) {\n          total\n          breached\n          urges\n          firstResponseOnTimeRate\n        }\n      }\n    ": types.DockingSlaDockingStatisticsDocument,
    "\n      mutation DockingSlaDockingAccept($i: DockingActionInput!) {\n        dockingAccept(input: $i) {\n          docking {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.DockingSlaDockingAcceptDocument,
    "\n          query DockingSlaInstitutionSlaStatistics2 {\n            institutionSlaStatistics(first: 100) {\n              nodes {\n                institution {\n                  id\n                }\n                breached\n                urges\n              }\n            }\n          }\n        ": types.DockingSlaInstitutionSlaStatistics2Document,
    "\n        mutation DockingSlaDockingAccept2($i: DockingActionInput!) {\n          dockingAccept(input: $i) {\n            docking {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.DockingSlaDockingAccept2Document,
    "\n        mutation DockingSlaDockingMessageSend($i: DockingMessageInput!) {\n          dockingMessageSend(input: $i) {\n            docking {\n              awaitingReplySince\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.DockingSlaDockingMessageSendDocument,
    "\n          query DockingSlaDockingStatistics2 {\n            dockingStatistics {\n              firstResponseOnTimeRate\n              responded\n            }\n          }\n        ": types.DockingSlaDockingStatistics2Document,
    "\n        mutation DockingSlaInstitutionStaffAdd($i: InstitutionStaffAddInput!) {\n          institutionStaffAdd(input: $i) {\n            institution {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.DockingSlaInstitutionStaffAddDocument,
    "\n        mutation DockingSlaInstitutionDockingSettingsUpdate($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            settings {\n              responsibleDepartment\n              responsiblePersonId\n              firstResponseMinutes\n              replyMinutes\n              resolutionMinutes\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.DockingSlaInstitutionDockingSettingsUpdateDocument,
    "\n        mutation DockingSlaInstitutionDockingSettingsUpdate2($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.DockingSlaInstitutionDockingSettingsUpdate2Document,
    "\n        mutation DockingSlaInstitutionDockingSettingsUpdate3($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.DockingSlaInstitutionDockingSettingsUpdate3Document,
    "\n      query DockingSlaPlatformDockingSla {\n        platformDockingSla {\n          firstResponseMinutes\n          replyMinutes\n          resolutionMinutes\n          builtIn\n          updatedAt\n        }\n      }\n    ": types.DockingSlaPlatformDockingSlaDocument,
    "\n      mutation DockingSlaPlatformDockingSlaUpdate($i: PlatformDockingSlaInput!) {\n        platformDockingSlaUpdate(input: $i) {\n          sla {\n            firstResponseMinutes\n            replyMinutes\n            resolutionMinutes\n            builtIn\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.DockingSlaPlatformDockingSlaUpdateDocument,
    "\n        mutation DockingSlaInstitutionDockingSettingsUpdate4($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            settings {\n              firstResponseMinutes\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.DockingSlaInstitutionDockingSettingsUpdate4Document,
    "\n          query DockingSlaMyDockingSettings {\n            myDockingSettings {\n              firstResponseMinutes\n              replyMinutes\n              resolutionMinutes\n            }\n          }\n        ": types.DockingSlaMyDockingSettingsDocument,
    "\n      mutation DockingSlaPlatformDockingSlaReset {\n        platformDockingSlaReset {\n          sla {\n            firstResponseMinutes\n            replyMinutes\n            resolutionMinutes\n            builtIn\n            updatedAt\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.DockingSlaPlatformDockingSlaResetDocument,
    "\n            query DockingSlaMyDockingSettings2 {\n              myDockingSettings {\n                firstResponseMinutes\n                replyMinutes\n                resolutionMinutes\n              }\n            }\n          ": types.DockingSlaMyDockingSettings2Document,
    "\n  fragment DockingTestPayload on DockingPayload {\n    docking {\n      id\n      status\n      kind\n      needs\n      firstResponseAt\n      acceptedAt\n      serviceStartedAt\n      finishedAt\n      firstResponseDue\n      resolutionDue\n      urgeCount\n      escalationLevel\n      timeline {\n        type\n        party\n        body\n        at\n      }\n      messages {\n        body\n        party\n      }\n      evaluation {\n        quality\n        average\n        comment\n        reply\n      }\n      enterprise {\n        name\n        verified\n      }\n      product {\n        name\n      }\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n": types.DockingTestPayloadFragmentDoc,
    "\n  mutation DockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": types.DockingSubmitDocument,
    "\n  mutation DockingMessageSend($i: DockingMessageInput!) {\n    dockingMessageSend(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": types.DockingMessageSendDocument,
    "\n  mutation DockingEvaluate($i: DockingEvaluateInput!) {\n    dockingEvaluate(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": types.DockingEvaluateDocument,
    "\n  mutation DockingEvaluationReply($i: DockingEvaluationReplyInput!) {\n    dockingEvaluationReply(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": types.DockingEvaluationReplyDocument,
    "\n  mutation DockingAccept($i: DockingActionInput!) {\n    dockingAccept(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": types.DockingAcceptDocument,
    "\n  mutation DockingStart($i: DockingActionInput!) {\n    dockingStart(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": types.DockingStartDocument,
    "\n  mutation DockingComplete($i: DockingActionInput!) {\n    dockingComplete(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": types.DockingCompleteDocument,
    "\n  mutation DockingDecline($i: DockingActionInput!) {\n    dockingDecline(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": types.DockingDeclineDocument,
    "\n  mutation DockingCancel($i: DockingActionInput!) {\n    dockingCancel(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": types.DockingCancelDocument,
    "\n  mutation DockingClose($i: DockingActionInput!) {\n    dockingClose(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": types.DockingCloseDocument,
    "\n  mutation DockingUrge($i: DockingActionInput!) {\n    dockingUrge(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n": types.DockingUrgeDocument,
    "\n  query DockingTimeline($id: ID!) {\n    docking(id: $id) {\n      timeline {\n        type\n        party\n        at\n      }\n      messages {\n        body\n      }\n    }\n  }\n": types.DockingTimelineDocument,
    "\n  query DockingOne($id: ID!) {\n    docking(id: $id) {\n      id\n    }\n  }\n": types.DockingOneDocument,
    "\n  query DockingCount {\n    dockings(first: 100) {\n      totalCount\n    }\n  }\n": types.DockingCountDocument,
    "\n  query DockingStatistics {\n    dockingStatistics {\n      total\n      open\n      responded\n      byStatus {\n        status\n        count\n      }\n      averageRating\n      firstResponseOnTimeRate\n    }\n  }\n": types.DockingStatisticsDocument,
    "\n  query DockingPublicSummaries {\n    serviceProducts(first: 100) {\n      nodes {\n        id\n        dockingSummary {\n          requests\n          completed\n          averageRating\n        }\n        institution {\n          dockingSummary {\n            completed\n            evaluations\n          }\n        }\n      }\n    }\n  }\n": types.DockingPublicSummariesDocument,
    "\n  query DockingList {\n    dockings(first: 100) {\n      totalCount\n      nodes {\n        id\n        status\n        product {\n          name\n        }\n        institution {\n          name\n        }\n        enterprise {\n          name\n        }\n        evaluation {\n          average\n        }\n        timeline {\n          type\n        }\n      }\n    }\n  }\n": types.DockingListDocument,
    "\n  query DockingSlaStatistics {\n    institutionSlaStatistics(first: 10) {\n      totalCount\n      nodes {\n        institution {\n          name\n        }\n        total\n        breached\n        urges\n      }\n    }\n  }\n": types.DockingSlaStatisticsDocument,
    "\n  query DockingSlaCount {\n    institutionSlaStatistics(first: 10) {\n      totalCount\n    }\n  }\n": types.DockingSlaCountDocument,
    "\n  subscription DockingUpdated($id: ID) {\n    dockingUpdated(dockingId: $id) {\n      docking {\n        id\n        status\n      }\n      event {\n        type\n        party\n        body\n      }\n    }\n  }\n": types.DockingUpdatedDocument,
    "\n  subscription DockingUpdatedTimeline($id: ID) {\n    dockingUpdated(dockingId: $id) {\n      docking {\n        status\n        timeline {\n          type\n          body\n        }\n      }\n    }\n  }\n": types.DockingUpdatedTimelineDocument,
    "\n        query EnterpriseMe {\n          me {\n            roles\n            enterpriseRole\n            enterprise {\n              name\n              sizeClass\n              regionName\n              industryName\n              members {\n                displayName\n              }\n            }\n          }\n        }\n      ": types.EnterpriseMeDocument,
    "\n        query EnterpriseEnterprise($id: ID!) {\n          enterprise(id: $id) {\n            name\n            contactPhone\n            revenue\n          }\n        }\n      ": types.EnterpriseEnterpriseDocument,
    "\n        query EnterpriseEnterprise2($id: ID!) {\n          enterprise(id: $id) {\n            name\n          }\n        }\n      ": types.EnterpriseEnterprise2Document,
    "\n        query EnterpriseEnterprises {\n          enterprises(first: 10) {\n            totalCount\n          }\n        }\n      ": types.EnterpriseEnterprisesDocument,
    "\n        mutation EnterpriseEnterpriseReview($i: EnterpriseReviewInput!) {\n          enterpriseReview(input: $i) {\n            errors {\n              code\n            }\n          }\n        }\n      ": types.EnterpriseEnterpriseReviewDocument,
    "\n        query EnterpriseEnterprise3($id: ID!) {\n          enterprise(id: $id) {\n            id\n          }\n        }\n      ": types.EnterpriseEnterprise3Document,
    "\n      subscription EnterpriseMyEnterpriseReviewed {\n        myEnterpriseReviewed {\n          status\n          reason\n          enterprise {\n            name\n          }\n        }\n      }\n    ": types.EnterpriseMyEnterpriseReviewedDocument,
    "\n      mutation EnterpriseEnterpriseReview2($i: EnterpriseReviewInput!) {\n        enterpriseReview(input: $i) {\n          enterprise {\n            status\n            reviewReason\n          }\n          errors {\n            code\n            field\n          }\n        }\n      }\n    ": types.EnterpriseEnterpriseReview2Document,
    "\n        query EnterpriseMe2 {\n          me {\n            enterprise {\n              status\n              reviewReason\n              reviewedAt\n            }\n          }\n        }\n      ": types.EnterpriseMe2Document,
    "\n      query EnterpriseEnterprises2 {\n        enterprises(first: 100, filter: { nameContains: \"站点专属\" }) {\n          totalCount\n          nodes {\n            site {\n              code\n            }\n          }\n        }\n      }\n    ": types.EnterpriseEnterprises2Document,
    "\n    mutation EnterpriseEnterpriseUpdate($i: EnterpriseUpdateInput!) {\n      enterpriseUpdate(input: $i) {\n        enterprise {\n          name\n          sizeClass\n          status\n          employees\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  ": types.EnterpriseEnterpriseUpdateDocument,
    "\n        mutation EnterpriseEnterpriseReview3($i: EnterpriseReviewInput!) {\n          enterpriseReview(input: $i) {\n            errors {\n              code\n            }\n          }\n        }\n      ": types.EnterpriseEnterpriseReview3Document,
    "\n      mutation EnterpriseEnterpriseMemberAdd($i: EnterpriseMemberAddInput!) {\n        enterpriseMemberAdd(input: $i) {\n          enterprise {\n            members {\n              id\n              displayName\n              enterpriseRole\n            }\n          }\n          errors {\n            code\n            field\n          }\n        }\n      }\n    ": types.EnterpriseEnterpriseMemberAddDocument,
    "\n          query EnterpriseMyEnterpriseInvitations {\n            myEnterpriseInvitations {\n              id\n              enterpriseName\n              invitedByName\n            }\n          }\n        ": types.EnterpriseMyEnterpriseInvitationsDocument,
    "\n        mutation EnterpriseEnterpriseInvitationAccept($i: EnterpriseInvitationInput!) {\n          enterpriseInvitationAccept(input: $i) {\n            joined\n            errors {\n              code\n            }\n          }\n        }\n      ": types.EnterpriseEnterpriseInvitationAcceptDocument,
    "\n          query EnterpriseMe3 {\n            me {\n              enterprise {\n                members {\n                  id\n                  enterpriseRole\n                }\n              }\n            }\n          }\n        ": types.EnterpriseMe3Document,
    "\n        query EnterpriseMe4 {\n          me {\n            enterprise {\n              name\n            }\n          }\n        }\n      ": types.EnterpriseMe4Document,
    "\n        mutation EnterpriseEnterpriseMemberRemove($i: EnterpriseMemberRemoveInput!) {\n          enterpriseMemberRemove(input: $i) {\n            enterprise {\n              members {\n                displayName\n              }\n            }\n            errors {\n              code\n            }\n          }\n        }\n      ": types.EnterpriseEnterpriseMemberRemoveDocument,
    "\n            query EnterpriseMe5 {\n              me {\n                id\n              }\n            }\n          ": types.EnterpriseMe5Document,
    "\n  query HelpGuides($audience: GuideAudience) {\n    guides(audience: $audience) {\n      slug\n      title\n      audience\n      summary\n      sections {\n        heading\n        blocks {\n          kind\n          text\n          items\n        }\n      }\n    }\n  }\n": types.HelpGuidesDocument,
    "\n  query HelpGuide {\n    guide(slug: \"enterprise-start\") {\n      title\n      markdown\n      sections {\n        heading\n        blocks {\n          kind\n          items\n        }\n      }\n    }\n  }\n": types.HelpGuideDocument,
    "\n  query HelpGuideUnknownSlug {\n    guide(slug: \"<script>alert(1)</script>\") {\n      slug\n    }\n  }\n": types.HelpGuideUnknownSlugDocument,
    "\n  mutation IdentityAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IdentityAccountRegisterDocument,
    "\n  mutation IdentityLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      idleTimeoutSeconds\n      account {\n        displayName\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IdentityLoginDocument,
    "\n        query IdentityMe {\n          me {\n            displayName\n          }\n        }\n      ": types.IdentityMeDocument,
    "\n            query IdentityMe2 {\n              me {\n                displayName\n              }\n            }\n          ": types.IdentityMe2Document,
    "\n        mutation IdentityLogout {\n          logout {\n            revoked\n          }\n        }\n      ": types.IdentityLogoutDocument,
    "\n            query IdentityMe3 {\n              me {\n                displayName\n              }\n            }\n          ": types.IdentityMe3Document,
    "\n            query IdentityMe4 {\n              me {\n                displayName\n              }\n            }\n          ": types.IdentityMe4Document,
    "\n            query IdentityMe5 {\n              me {\n                displayName\n              }\n            }\n          ": types.IdentityMe5Document,
    "\n        mutation IdentityPasswordChange($i: PasswordChangeInput!) {\n          passwordChange(input: $i) {\n            account {\n              id\n            }\n            errors {\n              code\n              field\n            }\n          }\n        }\n      ": types.IdentityPasswordChangeDocument,
    "\n            query IdentityMe6 {\n              me {\n                id\n              }\n            }\n          ": types.IdentityMe6Document,
    "\n            query IdentityMe7 {\n              me {\n                id\n              }\n            }\n          ": types.IdentityMe7Document,
    "\n    mutation IdentityLogin2($i: LoginInput!) {\n      login(input: $i) {\n        errors {\n          code\n          message\n        }\n      }\n    }\n  ": types.IdentityLogin2Document,
    "\n    mutation IdentityAccountRolesSet($i: AccountRolesSetInput!) {\n      accountRolesSet(input: $i) {\n        account {\n          roles\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  ": types.IdentityAccountRolesSetDocument,
    "\n        mutation IdentityStaffAccountCreate($i: StaffAccountCreateInput!) {\n          staffAccountCreate(input: $i) {\n            account {\n              id\n              roles\n            }\n            errors {\n              code\n            }\n          }\n        }\n      ": types.IdentityStaffAccountCreateDocument,
    "\n        query IdentityAuditLog {\n          auditLog(first: 50, filter: { operation: \"account.create\" }) {\n            totalCount\n            nodes {\n              operation\n              result\n              actorId\n              ip\n              at\n            }\n          }\n        }\n      ": types.IdentityAuditLogDocument,
    "\n        query IdentityAuditLog2 {\n          auditLog(first: 1) {\n            totalCount\n          }\n        }\n      ": types.IdentityAuditLog2Document,
    "\n        query IdentityAccounts($s: String) {\n          accounts(first: 10, filter: { locked: true, search: $s }) {\n            totalCount\n            nodes {\n              id\n              displayName\n              locked\n              disabled\n            }\n          }\n        }\n      ": types.IdentityAccountsDocument,
    "\n      mutation IdentityAccountStatusSet($i: AccountStatusSetInput!) {\n        accountStatusSet(input: $i) {\n          account {\n            locked\n            disabled\n          }\n          errors {\n            code\n          }\n        }\n      }\n    ": types.IdentityAccountStatusSetDocument,
    "\n            query IdentityMe8 {\n              me {\n                id\n              }\n            }\n          ": types.IdentityMe8Document,
    "\n        query IdentityAccounts2 {\n          accounts(first: 1) {\n            totalCount\n          }\n        }\n      ": types.IdentityAccounts2Document,
    "\n  mutation InstitutionInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) {\n      institution {\n        id\n        name\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.InstitutionInstitutionApplyDocument,
    "\n  mutation InstitutionInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) {\n      institution {\n        status\n        reviewReason\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.InstitutionInstitutionReviewDocument,
    "\n        query InstitutionInstitution($id: ID!) {\n          institution(id: $id) {\n            name\n          }\n        }\n      ": types.InstitutionInstitutionDocument,
    "\n        query InstitutionInstitutions {\n          institutions(first: 10) {\n            totalCount\n          }\n        }\n      ": types.InstitutionInstitutionsDocument,
    "\n        query InstitutionInstitutions2 {\n          institutions(first: 10, filter: { column: FINANCING, regionCode: \"340104\" }) {\n            totalCount\n            nodes {\n              name\n              responsibleDepartment\n              staff {\n                displayName\n              }\n            }\n          }\n        }\n      ": types.InstitutionInstitutions2Document,
    "\n        mutation InstitutionInstitutionStaffAdd($i: InstitutionStaffAddInput!) {\n          institutionStaffAdd(input: $i) {\n            institution {\n              staff {\n                displayName\n              }\n            }\n            errors {\n              code\n              field\n            }\n          }\n        }\n      ": types.InstitutionInstitutionStaffAddDocument,
    "\n        query InstitutionMe {\n          me {\n            roles\n            institution {\n              name\n            }\n          }\n        }\n      ": types.InstitutionMeDocument,
    "\n        mutation InstitutionInstitutionStaffAdd2($i: InstitutionStaffAddInput!) {\n          institutionStaffAdd(input: $i) {\n            errors {\n              code\n            }\n          }\n        }\n      ": types.InstitutionInstitutionStaffAdd2Document,
    "\n        query InstitutionMe2 {\n          me {\n            institution {\n              status\n              reviewReason\n            }\n          }\n        }\n      ": types.InstitutionMe2Document,
    "\n  query JobsDeadLetters($q: String, $first: Int) {\n    jobDeadLetters(queue: $q, first: $first) {\n      totalCount\n      nodes {\n        id\n        queue\n        payload\n        attempts\n        maxAttempts\n        lastError\n        failedAt\n      }\n    }\n  }\n": types.JobsDeadLettersDocument,
    "\n  mutation JobsRetry($i: JobRetryInput!) {\n    jobRetry(input: $i) {\n      job {\n        id\n        queue\n        attempts\n        failedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.JobsRetryDocument,
    "\n        query LimitsCurrentSite {\n          currentSite {\n            code\n          }\n        }\n      ": types.LimitsCurrentSiteDocument,
    "\n  query ModulesQueryFields {\n    __schema {\n      queryType {\n        fields {\n          name\n        }\n      }\n    }\n  }\n": types.ModulesQueryFieldsDocument,
    "\n  query ModulesSearchAndSite {\n    search(input: { query: \"融资\" }) {\n      totalCount\n    }\n    currentSite {\n      code\n    }\n  }\n": types.ModulesSearchAndSiteDocument,
    "\n  fragment NoticeFields on Notice {\n    id\n    title\n    body\n    pinned\n    provinceOnly\n    publishedAt\n    site {\n      code\n    }\n  }\n": types.NoticeFieldsFragmentDoc,
    "\n  mutation NoticeCreate($i: NoticeCreateInput!) {\n    noticeCreate(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.NoticeCreateDocument,
    "\n  mutation NoticeUpdate($i: NoticeUpdateInput!) {\n    noticeUpdate(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.NoticeUpdateDocument,
    "\n  mutation NoticePublish($i: NoticeIdInput!) {\n    noticePublish(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.NoticePublishDocument,
    "\n  mutation NoticeUnpublish($i: NoticeIdInput!) {\n    noticeUnpublish(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.NoticeUnpublishDocument,
    "\n  mutation NoticeDelete($i: NoticeIdInput!) {\n    noticeDelete(input: $i) {\n      deletedId\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.NoticeDeleteDocument,
    "\n  query NoticeList($d: Boolean) {\n    notices(first: 50, drafts: $d) {\n      totalCount\n      nodes {\n        ...NoticeFields\n      }\n    }\n  }\n": types.NoticeListDocument,
    "\n  query NoticeOne($id: ID!) {\n    notice(id: $id) {\n      ...NoticeFields\n    }\n  }\n": types.NoticeOneDocument,
    "\n  query NoticeFirstPage {\n    notices(first: 2) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": types.NoticeFirstPageDocument,
    "\n  query NoticeNextPage($a: String) {\n    notices(first: 2, after: $a) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.NoticeNextPageDocument,
    "\n  query NoticeTooMany {\n    notices(first: 101) {\n      totalCount\n    }\n  }\n": types.NoticeTooManyDocument,
    "\n  query NotificationMyNotifications($first: Int, $unreadOnly: Boolean, $kind: NotificationKind) {\n    myNotifications(first: $first, unreadOnly: $unreadOnly, kind: $kind) {\n      totalCount\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        readAt\n        deliveries {\n          channel\n          status\n          attempts\n          reason\n        }\n      }\n    }\n  }\n": types.NotificationMyNotificationsDocument,
    "\n  query NotificationMyUnreadNotificationCount {\n    myUnreadNotificationCount\n  }\n": types.NotificationMyUnreadNotificationCountDocument,
    "\n  mutation NotificationMyNotificationPreferencesUpdate($i: NotificationPreferencesInput!) {\n    myNotificationPreferencesUpdate(input: $i) {\n      preferences {\n        quietStart\n        quietEnd\n        emailDailyCap\n        kinds {\n          kind\n          email\n          sms\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.NotificationMyNotificationPreferencesUpdateDocument,
    "\n  mutation NotificationDockingMessageSend($i: DockingMessageInput!) {\n    dockingMessageSend(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.NotificationDockingMessageSendDocument,
    "\n  mutation NotificationDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.NotificationDockingSubmitDocument,
    "\n  query NotificationNotificationDeliveries($status: DeliveryStatus) {\n    notificationDeliveries(first: 100, status: $status) {\n      totalCount\n      nodes {\n        id\n        notificationId\n        channel\n        status\n        attempts\n        reason\n        address\n      }\n    }\n  }\n": types.NotificationNotificationDeliveriesDocument,
    "\n      mutation NotificationActivityCreate($i: ActivityCreateInput!) {\n        activityCreate(input: $i) {\n          activity {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.NotificationActivityCreateDocument,
    "\n      mutation NotificationActivityReview($i: ActivityReviewInput!) {\n        activityReview(input: $i) {\n          activity {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.NotificationActivityReviewDocument,
    "\n        mutation NotificationNotificationDeliveryRetry($id: ID!) {\n          notificationDeliveryRetry(id: $id) {\n            delivery {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.NotificationNotificationDeliveryRetryDocument,
    "\n      mutation NotificationMyNotificationsMarkRead($i: NotificationsMarkReadInput!) {\n        myNotificationsMarkRead(input: $i) {\n          unreadCount\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.NotificationMyNotificationsMarkReadDocument,
    "\n          mutation NotificationMyNotificationsMarkAllRead {\n            myNotificationsMarkAllRead {\n              unreadCount\n              errors {\n                ...TestUserError\n              }\n            }\n          }\n        ": types.NotificationMyNotificationsMarkAllReadDocument,
    "\n      mutation NotificationActivityRegister($i: ActivityRefInput!) {\n        activityRegister(input: $i) {\n          registration {\n            id\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.NotificationActivityRegisterDocument,
    "\n        subscription NotificationMyUnreadNotificationCountChanged {\n          myUnreadNotificationCountChanged\n        }\n      ": types.NotificationMyUnreadNotificationCountChangedDocument,
    "\n        mutation NotificationActivityRegistrationCancel($i: RegistrationRefInput!) {\n          activityRegistrationCancel(input: $i) {\n            registration {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.NotificationActivityRegistrationCancelDocument,
    "\n      mutation NotificationActivityRegister2($i: ActivityRefInput!) {\n        activityRegister(input: $i) {\n          registration {\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.NotificationActivityRegister2Document,
    "\n      mutation NotificationNotificationUnsubscribe($t: String!) {\n        notificationUnsubscribe(token: $t) {\n          kind\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    ": types.NotificationNotificationUnsubscribeDocument,
    "\n        query PartnerScopesCurrentSite {\n          currentSite {\n            id\n          }\n        }\n      ": types.PartnerScopesCurrentSiteDocument,
    "\n  mutation PartnerScopesApiClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      client {\n        id\n        clientId\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PartnerScopesApiClientCreateDocument,
    "\n  mutation PartnerScopesApiClientRevoke($id: ID!) {\n    apiClientRevoke(id: $id) {\n      client {\n        revokedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PartnerScopesApiClientRevokeDocument,
    "\n  mutation PartnerScopesApiClientConsentGrant($i: ApiClientConsentInput!) {\n    apiClientConsentGrant(input: $i) {\n      consent {\n        clientId\n        clientName\n        enterpriseId\n        enterpriseName\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PartnerScopesApiClientConsentGrantDocument,
    "\n  mutation PartnerScopesApiClientConsentRevoke($i: ApiClientConsentInput!) {\n    apiClientConsentRevoke(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PartnerScopesApiClientConsentRevokeDocument,
    "\n  query PartnerScopesApiClientConsents {\n    apiClientConsents(first: 10) {\n      totalCount\n      edges {\n        node {\n          clientId\n          enterpriseId\n          enterpriseName\n        }\n      }\n    }\n  }\n": types.PartnerScopesApiClientConsentsDocument,
    "\n  query PartnerScopesEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      contactPhone\n      members {\n        id\n      }\n      createdBy {\n        id\n      }\n    }\n  }\n": types.PartnerScopesEnterpriseDocument,
    "\n      mutation PartnerScopesMyNotificationsMarkAllRead {\n        myNotificationsMarkAllRead {\n          errors {\n            code\n          }\n        }\n      }\n    ": types.PartnerScopesMyNotificationsMarkAllReadDocument,
    "\n        query PartnerScopesMyNotifications {\n          myNotifications(first: 1) {\n            totalCount\n          }\n        }\n      ": types.PartnerScopesMyNotificationsDocument,
    "\n          query PartnerScopesMe {\n            me {\n              id\n            }\n            currentSite {\n              code\n            }\n          }\n        ": types.PartnerScopesMeDocument,
    "\n          query PartnerScopesCurrentSite2 {\n            currentSite {\n              code\n            }\n          }\n        ": types.PartnerScopesCurrentSite2Document,
    "\n              query PartnerScopesCurrentSite3 {\n                currentSite {\n                  code\n                }\n              }\n            ": types.PartnerScopesCurrentSite3Document,
    "\n                query PartnerScopesCurrentSite4 {\n                  currentSite {\n                    code\n                  }\n                }\n              ": types.PartnerScopesCurrentSite4Document,
    "\n          query PartnerScopesCurrentSite5 {\n            currentSite {\n              code\n            }\n          }\n        ": types.PartnerScopesCurrentSite5Document,
    "\n        query PartnerCurrentSite {\n          currentSite {\n            id\n          }\n        }\n      ": types.PartnerCurrentSiteDocument,
    "\n  mutation PartnerApiClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      client {\n        id\n        clientId\n        scopes\n        requestsPerMinute\n        allowedOrigins\n        secrets {\n          createdAt\n          expiresAt\n        }\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PartnerApiClientCreateDocument,
    "\n  mutation PartnerApiClientSecretRotate($i: ApiClientSecretRotateInput!) {\n    apiClientSecretRotate(input: $i) {\n      secret\n      client {\n        secrets {\n          expiresAt\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PartnerApiClientSecretRotateDocument,
    "\n  mutation PartnerApiClientRevoke($id: ID!) {\n    apiClientRevoke(id: $id) {\n      client {\n        revokedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PartnerApiClientRevokeDocument,
    "\n  mutation PartnerSiteAllowedOriginsSet($i: SiteAllowedOriginsInput!) {\n    siteAllowedOriginsSet(input: $i) {\n      allowedOrigins\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PartnerSiteAllowedOriginsSetDocument,
    "\n        query PartnerMe {\n          me {\n            id\n          }\n          currentSite {\n            code\n          }\n        }\n      ": types.PartnerMeDocument,
    "\n        query PartnerApiClients {\n          apiClients {\n            totalCount\n          }\n        }\n      ": types.PartnerApiClientsDocument,
    "\n        query PartnerCurrentSite2 {\n          currentSite {\n            code\n          }\n        }\n      ": types.PartnerCurrentSite2Document,
    "\n        query PartnerCurrentSite3 {\n          currentSite {\n            code\n          }\n        }\n      ": types.PartnerCurrentSite3Document,
    "\n        query PartnerCurrentSite4 {\n          currentSite {\n            code\n          }\n        }\n      ": types.PartnerCurrentSite4Document,
    "\n            query PartnerCurrentSite5 {\n              currentSite {\n                code\n              }\n            }\n          ": types.PartnerCurrentSite5Document,
    "\n        query PartnerCurrentSite6 {\n          currentSite {\n            code\n          }\n        }\n      ": types.PartnerCurrentSite6Document,
    "\n              query PartnerCurrentSite7 {\n                currentSite {\n                  code\n                }\n              }\n            ": types.PartnerCurrentSite7Document,
    "\n        query PartnerCurrentSite8 {\n          currentSite {\n            code\n          }\n        }\n      ": types.PartnerCurrentSite8Document,
    "\n            query PartnerCurrentSite9 {\n              currentSite {\n                code\n              }\n            }\n          ": types.PartnerCurrentSite9Document,
    "\n              query PartnerCurrentSite10 {\n                currentSite {\n                  code\n                }\n              }\n            ": types.PartnerCurrentSite10Document,
    "\n            query PartnerCurrentSite11 {\n              currentSite {\n                code\n              }\n            }\n          ": types.PartnerCurrentSite11Document,
    "\n            query PartnerCurrentSite12 {\n              currentSite {\n                code\n              }\n            }\n          ": types.PartnerCurrentSite12Document,
    "\n      query PartnerSearch($i: SearchInput!) {\n        search(input: $i) {\n          totalCount\n        }\n      }\n    ": types.PartnerSearchDocument,
    "\n  mutation TestPasswordResetRequest($i: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $i) {\n      accepted\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestPasswordResetRequestDocument,
    "\n  mutation TestPasswordResetConfirm($i: PasswordResetConfirmInput!) {\n    passwordResetConfirm(input: $i) {\n      reset\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestPasswordResetConfirmDocument,
    "\n  mutation PasswordResetRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.PasswordResetRegisterDocument,
    "\n  query TestResetMe {\n    me {\n      id\n    }\n  }\n": types.TestResetMeDocument,
    "\n  query TestResetNotifications {\n    myNotifications(first: 20) {\n      totalCount\n    }\n    myUnreadNotificationCount\n  }\n": types.TestResetNotificationsDocument,
    "\n  mutation PolicyDigestSubscribe($i: PolicySubscriptionCreateInput!) {\n    policySubscriptionCreate(input: $i) {\n      subscription {\n        id\n        frequency\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyDigestSubscribeDocument,
    "\n  mutation PolicyDigestSubscriptionUpdate($i: PolicySubscriptionUpdateInput!) {\n    policySubscriptionUpdate(input: $i) {\n      subscription {\n        id\n        frequency\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyDigestSubscriptionUpdateDocument,
    "\n  mutation PolicyDigestUnsubscribe($i: PolicyUnsubscribeInput!) {\n    policySubscriptionUnsubscribe(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.PolicyDigestUnsubscribeDocument,
    "\n  mutation PolicyFilesAttachmentAdd($i: PolicyAttachmentAddInput!) {\n    policyAttachmentAdd(input: $i) {\n      attachment {\n        id\n        fileName\n        contentType\n        sizeBytes\n        sha256\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyFilesAttachmentAddDocument,
    "\n  mutation PolicyImportConditionsStart($i: PolicyImportInput!) {\n    policyImport(input: $i) {\n      import {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyImportConditionsStartDocument,
    "\n  query PolicyImportConditionsProgress($id: ID!) {\n    policyImportProgress(id: $id) {\n      status\n      created\n      errored\n      lines(first: 100) {\n        nodes {\n          lineNo\n          result\n          reason\n          policyId\n        }\n      }\n    }\n  }\n": types.PolicyImportConditionsProgressDocument,
    "\n  query PolicyImportConditionsMatch($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n      }\n    }\n  }\n": types.PolicyImportConditionsMatchDocument,
    "\n  query PolicyImportConditionsSearch($i: SearchInput!) {\n    search(input: $i) {\n      hits {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.PolicyImportConditionsSearchDocument,
    "\n  mutation PolicyImportStart($i: PolicyImportInput!) {\n    policyImport(input: $i) {\n      import {\n        id\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyImportStartDocument,
    "\n  query PolicyImportProgress($id: ID!, $r: PolicyImportLineResult) {\n    policyImportProgress(id: $id) {\n      status\n      total\n      processed\n      created\n      updated\n      unchanged\n      errored\n      lines(first: 100, result: $r) {\n        totalCount\n        nodes {\n          lineNo\n          result\n          reason\n          policyId\n        }\n      }\n    }\n  }\n": types.PolicyImportProgressDocument,
    "\n  mutation PolicyMatchingConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      policy {\n        id\n        conditions {\n          id\n          field\n          operator\n          values\n          changeable\n          sourceSentence\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyMatchingConditionsSetDocument,
    "\n  mutation PolicyMatchingGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.PolicyMatchingGuideAddDocument,
    "\n  query PolicyMatchingMatches($v: [MatchVerdict!]) {\n    policyMatches(verdicts: $v, first: 20) {\n      totalCount\n      nodes {\n        verdict\n        deadline\n        policy {\n          id\n          title\n        }\n        conditions {\n          outcome\n          reason\n          condition {\n            field\n            sourceSentence\n          }\n        }\n        improvements {\n          reason\n          condition {\n            field\n          }\n        }\n      }\n    }\n  }\n": types.PolicyMatchingMatchesDocument,
    "\n  query PolicyMatchingMatchReasons($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n        reason\n      }\n      improvements {\n        reason\n      }\n    }\n  }\n": types.PolicyMatchingMatchReasonsDocument,
    "\n  query PolicyMatchingMatchConditions($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n        reason\n      }\n    }\n  }\n": types.PolicyMatchingMatchConditionsDocument,
    "\n  query PolicyMatchingMatchOutcomes($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n      }\n    }\n  }\n": types.PolicyMatchingMatchOutcomesDocument,
    "\n  query PolicyMatchingMatchVerdict($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n    }\n  }\n": types.PolicyMatchingMatchVerdictDocument,
    "\n    mutation PolicyMatchingEnterpriseUpdate($i: EnterpriseUpdateInput!) {\n      enterpriseUpdate(input: $i) {\n        enterprise {\n          rdRatio\n          taxCreditGrade\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": types.PolicyMatchingEnterpriseUpdateDocument,
    "\n    query PolicyMatchingDeclared {\n      me {\n        enterprise {\n          rdRatio\n          taxCreditGrade\n        }\n      }\n    }\n  ": types.PolicyMatchingDeclaredDocument,
    "\n    query PolicyMatchingMatchCoverage($id: ID!) {\n      policyMatch(policyId: $id) {\n        verdict\n        upcomingFrom\n        checkedCount\n        uncheckedSentences\n        coverage\n        conditions {\n          outcome\n          reason\n        }\n        improvements {\n          reason\n        }\n      }\n    }\n  ": types.PolicyMatchingMatchCoverageDocument,
    "\n    query PolicyMatchingUndeclared {\n      me {\n        enterprise {\n          employees\n          revenue\n          sizeClass\n          sizeClasses\n          qualifications\n        }\n      }\n    }\n  ": types.PolicyMatchingUndeclaredDocument,
    "\n    mutation PolicyMatchingProfileUpdate($i: EnterpriseUpdateInput!) {\n      enterpriseUpdate(input: $i) {\n        errors {\n          field\n        }\n      }\n    }\n  ": types.PolicyMatchingProfileUpdateDocument,
    "\n    query PolicyMatchingCodes {\n      me {\n        enterprise {\n          regionCode\n          regionName\n          industryCode\n          industryName\n          sizeClass\n        }\n      }\n    }\n  ": types.PolicyMatchingCodesDocument,
    "\n    query PolicyMatchingStoredConditions($id: ID!) {\n      policy(id: $id) {\n        conditions {\n          values\n        }\n      }\n    }\n  ": types.PolicyMatchingStoredConditionsDocument,
    "\n    query PolicyMatchingAll {\n      policyMatches(all: true, first: 100) {\n        nodes {\n          verdict\n          policy {\n            id\n          }\n          conditions {\n            reason\n          }\n        }\n      }\n    }\n  ": types.PolicyMatchingAllDocument,
    "\n    query PolicyMatchingNear {\n      policyMatches(verdicts: [NOT_ELIGIBLE], first: 100) {\n        nodes {\n          policy {\n            id\n          }\n        }\n      }\n    }\n  ": types.PolicyMatchingNearDocument,
    "\n    mutation PolicyMatchingQualificationKindCreate($i: QualificationKindCreateInput!) {\n      qualificationKindCreate(input: $i) {\n        qualification {\n          code\n          name\n          countUnit\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": types.PolicyMatchingQualificationKindCreateDocument,
    "\n    mutation PolicyMatchingRegister($i: EnterpriseRegisterInput!) {\n      enterpriseRegister(input: $i) {\n        errors {\n          code\n          field\n        }\n      }\n    }\n  ": types.PolicyMatchingRegisterDocument,
    "\n    query PolicyMatchingByQualification($q: String) {\n      enterprises(filter: { qualification: $q }, first: 50) {\n        nodes {\n          id\n        }\n      }\n    }\n  ": types.PolicyMatchingByQualificationDocument,
    "\n    query PolicyMatchingUnknownQualification {\n      enterprises(filter: { qualification: \"NO_SUCH_CODE\" }, first: 5) {\n        totalCount\n      }\n    }\n  ": types.PolicyMatchingUnknownQualificationDocument,
    "\n  mutation PolicyPushSubscriptionCreate($i: PolicySubscriptionCreateInput!) {\n    policySubscriptionCreate(input: $i) {\n      subscription {\n        id\n        name\n        keywords\n        channels\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyPushSubscriptionCreateDocument,
    "\n  mutation PolicyPushSubscriptionUpdate($i: PolicySubscriptionUpdateInput!) {\n    policySubscriptionUpdate(input: $i) {\n      subscription {\n        id\n        name\n        keywords\n        tags\n        regions\n        channels\n        email\n        mobile\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyPushSubscriptionUpdateDocument,
    "\n  mutation PolicyPushSubscriptionDelete($i: PolicySubscriptionDeleteInput!) {\n    policySubscriptionDelete(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.PolicyPushSubscriptionDeleteDocument,
    "\n  query PolicyPushSubscriptions {\n    policySubscriptions {\n      id\n    }\n  }\n": types.PolicyPushSubscriptionsDocument,
    "\n  query PolicyPushInbox {\n    notifications(first: 10) {\n      totalCount\n      nodes {\n        id\n        title\n        reason\n        policyVersion\n        readAt\n        policy {\n          id\n          title\n        }\n      }\n    }\n    notificationUnreadCount\n  }\n": types.PolicyPushInboxDocument,
    "\n  query PolicyPushInboxSubscription {\n    notifications(first: 10) {\n      nodes {\n        subscription {\n          name\n          active\n        }\n      }\n    }\n  }\n": types.PolicyPushInboxSubscriptionDocument,
    "\n  mutation PolicyPushMarkRead($i: NotificationMarkReadInput!) {\n    notificationMarkRead(input: $i) {\n      unreadCount\n      errors {\n        code\n      }\n    }\n  }\n": types.PolicyPushMarkReadDocument,
    "\n  mutation PolicyPushUnsubscribe($i: PolicyUnsubscribeInput!) {\n    policySubscriptionUnsubscribe(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.PolicyPushUnsubscribeDocument,
    "\n  mutation PolicyPushEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.PolicyPushEnterpriseReviewDocument,
    "\n  mutation PolicyPushConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyPushConditionsSetDocument,
    "\n  subscription PolicyPushNotificationReceived {\n    notificationReceived {\n      id\n      title\n      reason\n      policy {\n        title\n      }\n    }\n  }\n": types.PolicyPushNotificationReceivedDocument,
    "\n  query PolicyQualificationSearchSearch($i: SearchInput!) {\n    search(input: $i) {\n      hits {\n        nodes {\n          kind\n          id\n        }\n      }\n    }\n  }\n": types.PolicyQualificationSearchSearchDocument,
    "\n  mutation PolicyQualificationSearchConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyQualificationSearchConditionsSetDocument,
    "\n  mutation PolicyQualificationSearchKindUpdate($i: QualificationKindUpdateInput!) {\n    qualificationKindUpdate(input: $i) {\n      qualification {\n        code\n        name\n        aliases\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyQualificationSearchKindUpdateDocument,
    "\n  query PolicyQueriesList($f: PolicyFilter, $o: PolicyOrder, $n: Int) {\n    policies(filter: $f, orderBy: $o, first: $n) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": types.PolicyQueriesListDocument,
    "\n  query PolicyQueriesView($id: ID!) {\n    policy(id: $id) {\n      id\n      viewCount\n    }\n  }\n": types.PolicyQueriesViewDocument,
    "\n  query PolicyQueriesPage($n: Int) {\n    policies(first: $n) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          departments\n          attachments {\n            id\n            fileName\n          }\n          interpretations {\n            id\n            title\n          }\n          guides {\n            id\n            title\n            applicationEnd\n          }\n          relatedPolicies {\n            id\n            title\n          }\n          versions {\n            version\n          }\n        }\n      }\n    }\n  }\n": types.PolicyQueriesPageDocument,
    "\n  mutation PolicyQueriesGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.PolicyQueriesGuideAddDocument,
    "\n  mutation PolicyQueriesInterpretationAdd($i: PolicyInterpretationAddInput!) {\n    policyInterpretationAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.PolicyQueriesInterpretationAddDocument,
    "\n  query PolicyQueriesDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      attachments {\n        id\n      }\n      interpretations {\n        id\n      }\n      guides {\n        id\n      }\n      relatedPolicies {\n        id\n      }\n      versions {\n        version\n      }\n    }\n  }\n": types.PolicyQueriesDetailDocument,
    "\n  query PolicyQueriesQueue {\n    policies(first: 50, filter: { statuses: [SUBMITTED] }) {\n      nodes {\n        id\n        title\n        createdBy {\n          displayName\n        }\n        pendingChanges {\n          fromVersion\n          fields {\n            field\n          }\n          body {\n            op\n          }\n        }\n      }\n    }\n  }\n": types.PolicyQueriesQueueDocument,
    "\n  mutation PolicyReachConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyReachConditionsSetDocument,
    "\n  query PolicyReachCounts($id: ID!) {\n    policyReach(policyId: $id) {\n      reach {\n        eligible\n        likely\n        nearMiss\n        notified\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyReachCountsDocument,
    "\n  query PolicyReachList($id: ID!, $v: PolicyReachVerdict!, $first: Int, $after: String) {\n    policyReachEnterprises(policyId: $id, verdict: $v, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        regionName\n        industryName\n        sizeClass\n        verdict\n        conditions {\n          outcome\n          reason\n          condition {\n            field\n            changeable\n          }\n        }\n      }\n    }\n  }\n": types.PolicyReachListDocument,
    "\n  query PolicyReachXlsx($id: ID!, $v: PolicyReachVerdict!) {\n    policyReachXlsx(policyId: $id, verdict: $v) {\n      filename\n      mimeType\n      byteSize\n      contentBase64\n    }\n  }\n": types.PolicyReachXlsxDocument,
    "\n  mutation PolicyReachEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.PolicyReachEnterpriseReviewDocument,
    "\n  query PolicyReachMatch($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n        condition {\n          changeable\n        }\n      }\n    }\n  }\n": types.PolicyReachMatchDocument,
    "\n  query PolicyReachListIds($id: ID!, $v: PolicyReachVerdict!) {\n    policyReachEnterprises(policyId: $id, verdict: $v, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.PolicyReachListIdsDocument,
    "\n  fragment PolicyRelatedPayloadFields on PolicyRelatedPayload {\n    policy {\n      id\n    }\n    attachment {\n      id\n      fileName\n      contentType\n      sizeBytes\n      sha256\n    }\n    interpretation {\n      id\n      title\n      authority\n      author\n      body\n      publishedOn\n    }\n    guide {\n      id\n      title\n      beneficiaries\n      conditions\n      applicationStart\n      applicationEnd\n      paymentDeadline\n      whereToApply\n      hotline\n      materials\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n": types.PolicyRelatedPayloadFieldsFragmentDoc,
    "\n  mutation PolicyRelatedAttachmentAdd($i: PolicyAttachmentAddInput!) {\n    policyAttachmentAdd(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": types.PolicyRelatedAttachmentAddDocument,
    "\n  mutation PolicyRelatedAttachmentRemove($i: PolicyAttachmentRemoveInput!) {\n    policyAttachmentRemove(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": types.PolicyRelatedAttachmentRemoveDocument,
    "\n  mutation PolicyRelatedInterpretationAdd($i: PolicyInterpretationAddInput!) {\n    policyInterpretationAdd(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": types.PolicyRelatedInterpretationAddDocument,
    "\n  mutation PolicyRelatedInterpretationUpdate($i: PolicyInterpretationUpdateInput!) {\n    policyInterpretationUpdate(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": types.PolicyRelatedInterpretationUpdateDocument,
    "\n  mutation PolicyRelatedGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": types.PolicyRelatedGuideAddDocument,
    "\n  mutation PolicyRelatedRelatedRemove($i: PolicyRelatedRemoveInput!) {\n    policyRelatedRemove(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": types.PolicyRelatedRelatedRemoveDocument,
    "\n  mutation PolicyRelatedLink($i: PolicyLinkInput!) {\n    policyLink(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": types.PolicyRelatedLinkDocument,
    "\n  mutation PolicyRelatedUnlink($i: PolicyLinkInput!) {\n    policyUnlink(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n": types.PolicyRelatedUnlinkDocument,
    "\n  query PolicyRelatedDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      policyType\n      featured\n      attachments {\n        id\n        fileName\n        sha256\n        sizeBytes\n        contentBase64\n      }\n      interpretations {\n        title\n        authority\n        author\n        body\n      }\n      guides {\n        title\n        applicationEnd\n        materials\n        hotline\n      }\n      relatedPolicies {\n        id\n        title\n        policyType\n      }\n    }\n  }\n": types.PolicyRelatedDetailDocument,
    "\n  mutation PolicySeedAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.PolicySeedAccountRegisterDocument,
    "\n  query PolicySeedPolicies {\n    policies(first: 5, filter: { keyword: \"专精特新\" }) {\n      totalCount\n      nodes {\n        title\n        docNo\n        departments\n      }\n    }\n  }\n": types.PolicySeedPoliciesDocument,
    "\n  query PolicySeedInbox {\n    policySubscriptions {\n      name\n      frequency\n      channels\n    }\n    notifications(first: 1) {\n      totalCount\n      nodes {\n        reason\n        subscription {\n          name\n        }\n      }\n    }\n  }\n": types.PolicySeedInboxDocument,
    "\n  query PolicyWorkflowDetail($id: ID!) {\n    policy(id: $id) {\n      ...TestPolicyFields\n      versions {\n        version\n        title\n        body\n        changeNote\n      }\n    }\n  }\n": types.PolicyWorkflowDetailDocument,
    "\n  mutation PolicyWorkflowUpdate($i: PolicyUpdateInput!) {\n    policyUpdate(input: $i) {\n      policy {\n        id\n        status\n        title\n        body\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PolicyWorkflowUpdateDocument,
    "\n  query PolicyWorkflowPending($id: ID!) {\n    policy(id: $id) {\n      pendingChanges {\n        fromVersion\n        toVersion\n        fields {\n          field\n        }\n        body {\n          op\n          text\n        }\n      }\n    }\n  }\n": types.PolicyWorkflowPendingDocument,
    "\n  query PolicyWorkflowDiff($id: ID!) {\n    policyVersionDiff(policyId: $id, fromVersion: 1, toVersion: 2) {\n      fields {\n        field\n        label\n      }\n      body {\n        op\n        text\n      }\n    }\n  }\n": types.PolicyWorkflowDiffDocument,
    "\n  query PolicyWorkflowTypename {\n    __typename\n  }\n": types.PolicyWorkflowTypenameDocument,
    "\n  query PortalFooter {\n    currentSite {\n      footer {\n        organizer\n        operatorUnit\n        icpRecord\n        policeRecord\n        phone\n        email\n        address\n      }\n    }\n  }\n": types.PortalFooterDocument,
    "\n  mutation PortalSiteFooterUpdate($i: SiteFooterInput!) {\n    siteFooterUpdate(input: $i) {\n      site {\n        code\n        footer {\n          organizer\n          icpRecord\n          phone\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PortalSiteFooterUpdateDocument,
    "\n  mutation PortalGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.PortalGuideAddDocument,
    "\n  query PortalPolicies($f: PolicyFilter) {\n    policies(filter: $f, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": types.PortalPoliciesDocument,
    "\n  query PortalPolicyDepartments($n: Int!) {\n    policyDepartments(first: $n) {\n      name\n      count\n    }\n  }\n": types.PortalPolicyDepartmentsDocument,
    "\n  query PortalInstitutions($f: InstitutionFilter) {\n    institutions(first: 20, filter: $f) {\n      totalCount\n      nodes {\n        name\n        regionNames\n        listedProductCount\n        columns\n      }\n    }\n  }\n": types.PortalInstitutionsDocument,
    "\n  query ProcessSite {\n    currentSite {\n      code\n    }\n  }\n": types.ProcessSiteDocument,
    "\n  mutation ProcessRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.ProcessRegisterDocument,
    "\n  mutation ProcessLogin($i: LoginInput!) {\n    login(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.ProcessLoginDocument,
    "\n  mutation ProcessAdminLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n      }\n      account {\n        roles\n      }\n    }\n  }\n": types.ProcessAdminLoginDocument,
    "\n  query ProcessMe {\n    me {\n      secondFactorSetupRequired\n    }\n  }\n": types.ProcessMeDocument,
    "\n  query ProcessAccounts {\n    accounts(first: 1) {\n      totalCount\n    }\n  }\n": types.ProcessAccountsDocument,
    "\n  mutation ProductServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) {\n      product {\n        id\n        status\n        listedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ProductServiceProductReviewDocument,
    "\n  mutation ProductServiceProductSubmit($i: ServiceProductRefInput!) {\n    serviceProductSubmit(input: $i) {\n      product {\n        id\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.ProductServiceProductSubmitDocument,
    "\n  query ProductServiceProducts($f: ServiceProductFilter, $first: Int) {\n    serviceProducts(filter: $f, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        column\n        subcategory\n        feeType\n        form\n        regionNames\n        process {\n          title\n          description\n        }\n        institution {\n          name\n        }\n        pictures {\n          contentType\n          byteSize\n          width\n          height\n          dataUrl\n        }\n      }\n    }\n  }\n": types.ProductServiceProductsDocument,
    "\n            query ProductServiceProduct($id: ID!) {\n              serviceProduct(id: $id) {\n                id\n              }\n            }\n          ": types.ProductServiceProductDocument,
    "\n      query ProductMyInstitutionServiceProducts {\n        myInstitutionServiceProducts(first: 100) {\n          totalCount\n        }\n      }\n    ": types.ProductMyInstitutionServiceProductsDocument,
    "\n            query ProductServiceProduct2($id: ID!) {\n              serviceProduct(id: $id) {\n                id\n              }\n            }\n          ": types.ProductServiceProduct2Document,
    "\n  mutation QueryCountEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.QueryCountEnterpriseReviewDocument,
    "\n  query QueryCountFirst {\n    enterprises(first: 60) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": types.QueryCountFirstDocument,
    "\n  query QueryCountRest($a: String) {\n    enterprises(first: 60, after: $a) {\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": types.QueryCountRestDocument,
    "\n  query QueryCountPage($n: Int!) {\n    enterprises(first: $n) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        uscc\n        name\n        sizeClass\n        status\n        regionName\n        industryName\n        site {\n          code\n          parent {\n            code\n          }\n        }\n        createdBy {\n          displayName\n          enterprise {\n            name\n          }\n        }\n        reviewedBy {\n          displayName\n        }\n        members {\n          displayName\n          roles\n        }\n      }\n    }\n  }\n": types.QueryCountPageDocument,
    "\n  query ReviewOrderPendingEnterprises($order: ReviewOrder, $first: Int, $after: String) {\n    enterprises(filter: { status: PENDING }, order: $order, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": types.ReviewOrderPendingEnterprisesDocument,
    "\n      query ReviewOrderInstitutions {\n        institutions(filter: { status: PENDING }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    ": types.ReviewOrderInstitutionsDocument,
    "\n      query ReviewOrderServiceProducts {\n        serviceProducts(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    ": types.ReviewOrderServiceProductsDocument,
    "\n      query ReviewOrderActivities {\n        activities(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    ": types.ReviewOrderActivitiesDocument,
    "\n      query ReviewOrderDemands {\n        demands(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    ": types.ReviewOrderDemandsDocument,
    "\n  query ReviewOrderSubmittedPolicies {\n    policies(filter: { statuses: [SUBMITTED] }, orderBy: UPDATED_AT_ASC, first: 5) {\n      totalCount\n    }\n  }\n": types.ReviewOrderSubmittedPoliciesDocument,
    "\n  query SearchContentSearch($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        converted\n        corrected\n        autoRewritten\n        serviceIntent\n      }\n      hits {\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          url\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n    }\n  }\n": types.SearchContentSearchDocument,
    "\n  query SearchContentPolicy($id: ID!) {\n    policy(id: $id) {\n      title\n    }\n  }\n": types.SearchContentPolicyDocument,
    "\n  mutation SearchContentPolicyWithdraw($i: PolicyTransitionInput!) {\n    policyWithdraw(input: $i) {\n      policy {\n        id\n        status\n        publishedVersion\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.SearchContentPolicyWithdrawDocument,
    "\n  mutation SearchContentProductDelist($i: ServiceProductRefInput!) {\n    serviceProductDelist(input: $i) {\n      product {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.SearchContentProductDelistDocument,
    "\n  mutation SearchContentActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.SearchContentActivityCreateDocument,
    "\n  mutation SearchContentActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.SearchContentActivityReviewDocument,
    "\n  query SearchFallbackSearch($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        relaxed\n        autoRewritten\n        corrected\n      }\n      totalCount\n      hits {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          title\n          score\n        }\n      }\n    }\n  }\n": types.SearchFallbackSearchDocument,
    "\n  query SearchHitsInstitution($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n      hits {\n        nodes {\n          id\n          kind\n          title\n          institution {\n            id\n            name\n          }\n        }\n      }\n      serviceCards {\n        id\n        institution {\n          name\n        }\n      }\n    }\n  }\n": types.SearchHitsInstitutionDocument,
    "\n  query SearchInstitutionHitIds($i: SearchInput!) {\n    search(input: $i) {\n      hits {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.SearchInstitutionHitIdsDocument,
    "\n  query SearchLexiconSuggest($p: String!) {\n    searchSuggest(prefix: $p, first: 20) {\n      text\n    }\n  }\n": types.SearchLexiconSuggestDocument,
    "\n  query SearchRankingSearch($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      hits {\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          url\n          score\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n    }\n  }\n": types.SearchRankingSearchDocument,
    "\n  query SearchRankingStatistics {\n    searchTopQueries(first: 100) {\n      query\n      searches\n    }\n    searchZeroResultQueries(first: 100) {\n      query\n      zeroResults\n    }\n  }\n": types.SearchRankingStatisticsDocument,
    "\n  mutation SearchRankingConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.SearchRankingConditionsSetDocument,
    "\n  mutation SearchRankingFinancingProductDelist($i: FinancingProductDelistInput!) {\n    financingProductDelist(input: $i) {\n      product {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.SearchRankingFinancingProductDelistDocument,
    "\n  mutation SearchRankingStartupResourceCreate($i: StartupResourceCreateInput!) {\n    startupResourceCreate(input: $i) {\n      resource {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.SearchRankingStartupResourceCreateDocument,
    "\n  query SearchRankingTopQueries {\n    searchTopQueries {\n      query\n    }\n  }\n": types.SearchRankingTopQueriesDocument,
    "\n  query SearchE2E($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        original\n        normalized\n        pinyin\n        converted\n        pinyinCandidates\n        corrected\n        didYouMean\n        autoRewritten\n        relaxed\n        serviceIntent\n        corrections {\n          from\n          to\n          by\n        }\n        expansions {\n          phrase\n          terms\n        }\n      }\n      totalCount\n      approximate\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      hits {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          titleHighlight\n          highlight\n          url\n          site {\n            code\n          }\n          date\n          score\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n      related\n    }\n  }\n": types.SearchE2EDocument,
    "\n  mutation SearchConceptSave($i: SearchConceptInput!) {\n    searchConceptSave(input: $i) {\n      concept {\n        id\n        phrase\n        expansions\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.SearchConceptSaveDocument,
    "\n  query SearchConcepts {\n    searchConcepts(first: 100) {\n      totalCount\n      nodes {\n        phrase\n      }\n    }\n  }\n": types.SearchConceptsDocument,
    "\n  mutation SearchConceptDelete($i: SearchConceptDeleteInput!) {\n    searchConceptDelete(input: $i) {\n      deletedId\n      errors {\n        code\n      }\n    }\n  }\n": types.SearchConceptDeleteDocument,
    "\n  query SearchSuggest($p: String!) {\n    searchSuggest(prefix: $p) {\n      text\n      source\n    }\n  }\n": types.SearchSuggestDocument,
    "\n  query SearchInstitution($id: ID!) {\n    institution(id: $id) {\n      name\n    }\n  }\n": types.SearchInstitutionDocument,
    "\n  mutation SearchClick($i: SearchClickInput!) {\n    searchClick(input: $i) {\n      counted\n      errors {\n        code\n      }\n    }\n  }\n": types.SearchClickDocument,
    "\n  query SearchStatistics {\n    searchTopQueries(first: 50) {\n      query\n      searches\n      clicks\n    }\n    searchZeroResultQueries {\n      query\n      zeroResults\n    }\n  }\n": types.SearchStatisticsDocument,
    "\n  query SearchTopQueries {\n    searchTopQueries {\n      query\n    }\n  }\n": types.SearchTopQueriesDocument,
    "\n  mutation SearchReconcile {\n    searchReconcile {\n      drift {\n        kind\n        missing\n        extra\n        stale\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.SearchReconcileDocument,
    "\n  mutation SearchReconcileCounts {\n    searchReconcile {\n      drift {\n        kind\n        missing\n        extra\n        stale\n        sourceCount\n        indexedCount\n      }\n    }\n  }\n": types.SearchReconcileCountsDocument,
    "\n  mutation SearchReconcileRepair {\n    searchReconcile(input: { repair: true }) {\n      drift {\n        kind\n        stale\n      }\n      repaired\n    }\n  }\n": types.SearchReconcileRepairDocument,
    "\n  query SearchIndexStatus {\n    searchIndexStatus {\n      engine\n      healthy\n      documents\n      pending\n      dictionaryVersion\n    }\n  }\n": types.SearchIndexStatusDocument,
    "\n  mutation SecurityAppLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n      }\n    }\n  }\n": types.SecurityAppLoginDocument,
    "\n  mutation SecurityAppPasswordChange($i: PasswordChangeInput!) {\n    passwordChange(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n": types.SecurityAppPasswordChangeDocument,
    "\n            query SecurityAppMe {\n              me {\n                id\n              }\n            }\n          ": types.SecurityAppMeDocument,
    "\n    mutation SecurityAppEnterpriseReview($i: EnterpriseReviewInput!) {\n      enterpriseReview(input: $i) {\n        errors {\n          code\n        }\n      }\n    }\n  ": types.SecurityAppEnterpriseReviewDocument,
    "\n              mutation SecurityAppLogout {\n                logout {\n                  revoked\n                }\n              }\n            ": types.SecurityAppLogoutDocument,
    "\n          mutation SecurityAppEnterpriseMemberRemove($i: EnterpriseMemberRemoveInput!) {\n            enterpriseMemberRemove(input: $i) {\n              errors {\n                code\n              }\n            }\n          }\n        ": types.SecurityAppEnterpriseMemberRemoveDocument,
    "\n          mutation SecurityAppAccountStatusSet($i: AccountStatusSetInput!) {\n            accountStatusSet(input: $i) {\n              errors {\n                code\n              }\n            }\n          }\n        ": types.SecurityAppAccountStatusSetDocument,
    "\n        mutation SecurityAppLogout2 {\n          logout {\n            revoked\n          }\n        }\n      ": types.SecurityAppLogout2Document,
    "\n    mutation SecurityAppAccountRolesSet($i: AccountRolesSetInput!) {\n      accountRolesSet(input: $i) {\n        account {\n          roles\n        }\n        request {\n          id\n          kind\n          status\n          roles\n        }\n        errors {\n          code\n          field\n        }\n      }\n    }\n  ": types.SecurityAppAccountRolesSetDocument,
    "\n    mutation SecurityAppAccountStatusSet2($i: AccountStatusSetInput!) {\n      accountStatusSet(input: $i) {\n        account {\n          disabled\n        }\n        request {\n          id\n          kind\n          status\n        }\n        errors {\n          code\n        }\n      }\n    }\n  ": types.SecurityAppAccountStatusSet2Document,
    "\n    mutation SecurityAppAdminChangeApprove($i: AdminChangeDecideInput!) {\n      adminChangeApprove(input: $i) {\n        request {\n          status\n          requestedBy {\n            id\n          }\n          decidedBy {\n            id\n          }\n        }\n        errors {\n          code\n        }\n      }\n    }\n  ": types.SecurityAppAdminChangeApproveDocument,
    "\n    mutation SecurityAppAdminChangeReject($i: AdminChangeDecideInput!) {\n      adminChangeReject(input: $i) {\n        request {\n          status\n          reason\n        }\n        errors {\n          code\n        }\n      }\n    }\n  ": types.SecurityAppAdminChangeRejectDocument,
    "\n            query SecurityAppMe2 {\n              me {\n                id\n              }\n            }\n          ": types.SecurityAppMe2Document,
    "\n            query SecurityAppMe3 {\n              me {\n                id\n              }\n            }\n          ": types.SecurityAppMe3Document,
    "\n            query SecurityAppAccounts {\n              accounts(first: 1) {\n                totalCount\n              }\n            }\n          ": types.SecurityAppAccountsDocument,
    "\n        query SecurityAppAuditLog {\n          auditLog(first: 1) {\n            totalCount\n          }\n        }\n      ": types.SecurityAppAuditLogDocument,
    "\n            query SecurityAppEnterprise($id: ID!) {\n              enterprise(id: $id) {\n                name\n              }\n            }\n          ": types.SecurityAppEnterpriseDocument,
    "\n        query SecurityAppColumnStatisticsCsv {\n          columnStatisticsCsv(groupBy: COLUMN)\n        }\n      ": types.SecurityAppColumnStatisticsCsvDocument,
    "\n        query SecurityAppColumnStatisticsXlsx {\n          columnStatisticsXlsx(groupBy: COLUMN) {\n            byteSize\n          }\n        }\n      ": types.SecurityAppColumnStatisticsXlsxDocument,
    "\n        query SecurityAppActivityStatisticsCsv {\n          activityStatisticsCsv(groupBy: COLUMN)\n        }\n      ": types.SecurityAppActivityStatisticsCsvDocument,
    "\n        query SecurityAppActivityStatisticsXlsx {\n          activityStatisticsXlsx(groupBy: COLUMN) {\n            byteSize\n          }\n        }\n      ": types.SecurityAppActivityStatisticsXlsxDocument,
    "\n        query SecurityAppEnterprises {\n          enterprises(first: 3) {\n            nodes {\n              contactPhone\n            }\n          }\n        }\n      ": types.SecurityAppEnterprisesDocument,
    "\n        query SecurityAppEnterprises2 {\n          enterprises(first: 12) {\n            nodes {\n              contactName\n              contactPhone\n              contactEmail\n            }\n          }\n        }\n      ": types.SecurityAppEnterprises2Document,
    "\n    mutation SecurityAppAccountRegister($i: AccountRegisterInput!) {\n      accountRegister(input: $i) {\n        account {\n          id\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  ": types.SecurityAppAccountRegisterDocument,
    "\n            query SecurityAppMe4 {\n              me {\n                id\n              }\n            }\n          ": types.SecurityAppMe4Document,
    "\n            query SecurityAppMe5 {\n              me {\n                id\n              }\n            }\n          ": types.SecurityAppMe5Document,
    "\n    mutation SecurityAppLogin3($i: LoginInput!) {\n      login(input: $i) {\n        token\n        errors {\n          code\n          field\n        }\n      }\n    }\n  ": types.SecurityAppLogin3Document,
    "\n            mutation SecurityAppTotpEnrol {\n              totpEnrol {\n                enrolment {\n                  secret\n                }\n                errors {\n                  code\n                }\n              }\n            }\n          ": types.SecurityAppTotpEnrolDocument,
    "\n        mutation SecurityAppTotpEnrol2 {\n          totpEnrol {\n            enrolment {\n              secret\n              uri\n            }\n            errors {\n              code\n            }\n          }\n        }\n      ": types.SecurityAppTotpEnrol2Document,
    "\n      mutation SecurityAppTotpConfirm($i: TotpConfirmInput!) {\n        totpConfirm(input: $i) {\n          enabled\n          errors {\n            code\n          }\n        }\n      }\n    ": types.SecurityAppTotpConfirmDocument,
    "\n        mutation SecurityAppAccountTotpReset($id: ID!) {\n          accountTotpReset(accountId: $id) {\n            enabled\n            errors {\n              code\n            }\n          }\n        }\n      ": types.SecurityAppAccountTotpResetDocument,
    "\n        query SecurityAppSearchTopQueries {\n          searchTopQueries {\n            query\n          }\n        }\n      ": types.SecurityAppSearchTopQueriesDocument,
    "\n        query SecurityAppMe6 {\n          me {\n            roles\n            secondFactorSetupRequired\n          }\n        }\n      ": types.SecurityAppMe6Document,
    "\n          mutation SecurityAppTotpEnrol3 {\n            totpEnrol {\n              enrolment {\n                secret\n              }\n              errors {\n                code\n              }\n            }\n          }\n        ": types.SecurityAppTotpEnrol3Document,
    "\n        mutation SecurityAppTotpConfirm2($i: TotpConfirmInput!) {\n          totpConfirm(input: $i) {\n            enabled\n            errors {\n              code\n            }\n          }\n        }\n      ": types.SecurityAppTotpConfirm2Document,
    "\n    mutation SecurityAppEnterpriseMemberAdd($i: EnterpriseMemberAddInput!) {\n      enterpriseMemberAdd(input: $i) {\n        enterprise {\n          members {\n            enterpriseRole\n          }\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  ": types.SecurityAppEnterpriseMemberAddDocument,
    "\n            query SecurityAppMe7 {\n              me {\n                enterprise {\n                  id\n                }\n              }\n            }\n          ": types.SecurityAppMe7Document,
    "\n          query SecurityAppMyEnterpriseInvitations {\n            myEnterpriseInvitations {\n              id\n            }\n          }\n        ": types.SecurityAppMyEnterpriseInvitationsDocument,
    "\n      mutation SecurityAppEnterpriseInvitationDecline($i: EnterpriseInvitationInput!) {\n        enterpriseInvitationDecline(input: $i) {\n          joined\n          errors {\n            code\n          }\n        }\n      }\n    ": types.SecurityAppEnterpriseInvitationDeclineDocument,
    "\n            query SecurityAppMyEnterpriseInvitations2 {\n              myEnterpriseInvitations {\n                id\n              }\n            }\n          ": types.SecurityAppMyEnterpriseInvitations2Document,
    "\n    mutation SecurityAppAccountRegister2($i: AccountRegisterInput!) {\n      accountRegister(input: $i) {\n        account {\n          id\n        }\n        errors {\n          code\n        }\n      }\n    }\n  ": types.SecurityAppAccountRegister2Document,
    "\n  query SiteInheritPolicies($f: PolicyFilter) {\n    policies(filter: $f, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          provinceOnly\n          site {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.SiteInheritPoliciesDocument,
    "\n  query SiteInheritSearch($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n      hits {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.SiteInheritSearchDocument,
    "\n  mutation SiteInheritProvinceOnlySet($i: ProvinceOnlySetInput!) {\n    provinceOnlySet(input: $i) {\n      id\n      provinceOnly\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.SiteInheritProvinceOnlySetDocument,
    "\n  query SiteInheritPolicy($id: ID!) {\n    policy(id: $id) {\n      id\n    }\n  }\n": types.SiteInheritPolicyDocument,
    "\n  query SmokeSites {\n    currentSite {\n      code\n      name\n      parent {\n        code\n      }\n    }\n    sites {\n      code\n    }\n  }\n": types.SmokeSitesDocument,
    "\n  query SmokeCurrentSite {\n    currentSite {\n      code\n      parent {\n        code\n      }\n    }\n  }\n": types.SmokeCurrentSiteDocument,
    "\n  query WebAdminSlaDefaults {\n    platformDockingSla {\n      firstResponseMinutes\n      replyMinutes\n      resolutionMinutes\n      builtIn\n    }\n  }\n": types.WebAdminSlaDefaultsDocument,
    "\n  mutation WebAdminSlaUpdate($i: PlatformDockingSlaInput!) {\n    platformDockingSlaUpdate(input: $i) {\n      sla {\n        firstResponseMinutes\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebAdminSlaUpdateDocument,
    "\n  query WebAdminInstitutionStatus($id: ID!) {\n    institution(id: $id) {\n      status\n    }\n  }\n": types.WebAdminInstitutionStatusDocument,
    "\n  query WebAdminEnterpriseStatus($id: ID!) {\n    enterprise(id: $id) {\n      status\n      reviewReason\n    }\n  }\n": types.WebAdminEnterpriseStatusDocument,
    "\n  query WebAdminSearchTotal($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n    }\n  }\n": types.WebAdminSearchTotalDocument,
    "\n  query WebAdminZeroResultQueries {\n    searchZeroResultQueries(first: 20) {\n      query\n    }\n  }\n": types.WebAdminZeroResultQueriesDocument,
    "\n  query WebAdminSearchConcepts {\n    searchConcepts(first: 100) {\n      nodes {\n        phrase\n        expansions\n      }\n    }\n  }\n": types.WebAdminSearchConceptsDocument,
    "\n  query WebAdminSearchExpansions($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        expansions {\n          phrase\n          terms\n        }\n      }\n    }\n  }\n": types.WebAdminSearchExpansionsDocument,
    "\n    mutation WebColumnNeedDockingStart($i: DockingActionInput!) {\n      dockingStart(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": types.WebColumnNeedDockingStartDocument,
    "\n    mutation WebColumnNeedDockingComplete($i: DockingActionInput!) {\n      dockingComplete(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": types.WebColumnNeedDockingCompleteDocument,
    "\n    mutation WebColumnNeedDockingDecline($i: DockingActionInput!) {\n      dockingDecline(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": types.WebColumnNeedDockingDeclineDocument,
    "\n    mutation WebColumnNeedDockingCancel($i: DockingActionInput!) {\n      dockingCancel(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  ": types.WebColumnNeedDockingCancelDocument,
    "\n  query WebColumnNeedDockingAmountFinanced($id: ID!) {\n    columnNeed(id: $id) {\n      amountFinanced\n    }\n  }\n": types.WebColumnNeedDockingAmountFinancedDocument,
    "\n  query WebColumnNeedDockingDocking($id: ID!) {\n    columnNeed(id: $id) {\n      docking {\n        id\n      }\n    }\n  }\n": types.WebColumnNeedDockingDockingDocument,
    "\n  query StatisticsByColumn {\n    columnStatistics(groupBy: COLUMN) {\n      rows {\n        key\n        received\n      }\n      total {\n        received\n        amountRequested\n        headcountRequested\n        amountFinanced\n      }\n    }\n  }\n": types.StatisticsByColumnDocument,
    "\n  query WebColumnsNeedProfile($id: ID!) {\n    columnNeed(id: $id) {\n      enterpriseProfile {\n        name\n      }\n    }\n  }\n": types.WebColumnsNeedProfileDocument,
    "\n  query WebColumnsNeedDocking($id: ID!) {\n    columnNeed(id: $id) {\n      docking {\n        id\n      }\n    }\n  }\n": types.WebColumnsNeedDockingDocument,
    "\n  mutation WebColumnsDockingCancel($i: DockingActionInput!) {\n    dockingCancel(input: $i) {\n      docking {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebColumnsDockingCancelDocument,
    "\n  mutation WebColumnsConsentGrant($i: ProfileConsentInput!) {\n    profileConsentGrant(input: $i) {\n      consent {\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebColumnsConsentGrantDocument,
    "\n  mutation WebColumnsConsentRevoke($i: ProfileConsentInput!) {\n    profileConsentRevoke(input: $i) {\n      consent {\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebColumnsConsentRevokeDocument,
    "\n  mutation WebColumnsStartupResourceCreate($i: StartupResourceCreateInput!) {\n    startupResourceCreate(input: $i) {\n      resource {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebColumnsStartupResourceCreateDocument,
    "\n  mutation WebColumnsNeedClose($i: ColumnNeedCloseInput!) {\n    columnNeedClose(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebColumnsNeedCloseDocument,
    "\n  mutation WebColumnsTalentNeedSubmit($i: TalentNeedSubmitInput!) {\n    talentNeedSubmit(input: $i) {\n      need {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebColumnsTalentNeedSubmitDocument,
    "\n  query WebDockingActivitiesMyRegistration($id: ID!) {\n    activity(id: $id) {\n      myRegistration {\n        rating\n        comment\n      }\n    }\n  }\n": types.WebDockingActivitiesMyRegistrationDocument,
    "\n  mutation WebDockingDemandsReview($i: DemandReviewInput!) {\n    demandReview(input: $i) {\n      demand {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebDockingDemandsReviewDocument,
    "\n  mutation WebDockingDemandsCreate($i: DemandCreateInput!) {\n    demandCreate(input: $i) {\n      demand {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebDockingDemandsCreateDocument,
    "\n  mutation TestWebFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestWebFlowRegisterDocument,
    "\n  mutation WebNotificationsMessageSend($i: DockingMessageInput!) {\n    dockingMessageSend(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebNotificationsMessageSendDocument,
    "\n  query WebPartnersClients {\n    apiClients {\n      nodes {\n        clientId\n        scopes\n        allowedOrigins\n        requestsPerMinute\n      }\n    }\n  }\n": types.WebPartnersClientsDocument,
    "\n  mutation WebPartnersClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.WebPartnersClientCreateDocument,
    "\n  query WebPartnersSiteId {\n    currentSite {\n      id\n    }\n  }\n": types.WebPartnersSiteIdDocument,
    "\n  mutation WebPolicyForMeConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebPolicyForMeConditionsSetDocument,
    "\n  mutation WebPolicyForMeGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.WebPolicyForMeGuideAddDocument,
    "\n  query WebPolicyForMeCounts {\n    eligible: policyMatches(verdicts: [ELIGIBLE], first: 1) {\n      totalCount\n    }\n    likely: policyMatches(verdicts: [LIKELY], first: 1) {\n      totalCount\n    }\n    nearMiss: policyMatches(verdicts: [NOT_ELIGIBLE], first: 1) {\n      totalCount\n    }\n  }\n": types.WebPolicyForMeCountsDocument,
    "\n  mutation WebPolicyMatchConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebPolicyMatchConditionsSetDocument,
    "\n  mutation WebPolicyMatchLink($i: PolicyLinkInput!) {\n    policyLink(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.WebPolicyMatchLinkDocument,
    "\n  mutation WebPolicyReachConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebPolicyReachConditionsSetDocument,
    "\n  mutation WebPolicyReachEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.WebPolicyReachEnterpriseReviewDocument,
    "\n  mutation WebPolicySubscriptionsCreate($i: PolicySubscriptionCreateInput!) {\n    policySubscriptionCreate(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n": types.WebPolicySubscriptionsCreateDocument,
    "\n  mutation WebPortalPolicyGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        message\n      }\n    }\n  }\n": types.WebPortalPolicyGuideAddDocument,
    "\n  query WebMyEnterprise {\n    me {\n      enterprise {\n        id\n      }\n    }\n  }\n": types.WebMyEnterpriseDocument,
    "\n  mutation WebEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      enterprise {\n        status\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.WebEnterpriseReviewDocument,
    "\n        query WebhooksCurrentSite {\n          currentSite {\n            id\n          }\n        }\n      ": types.WebhooksCurrentSiteDocument,
    "\n  mutation WebhooksApiClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      client {\n        id\n        clientId\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebhooksApiClientCreateDocument,
    "\n  mutation WebhooksWebhookSubscriptionCreate($i: WebhookSubscriptionCreateInput!) {\n    webhookSubscriptionCreate(input: $i) {\n      subscription {\n        id\n        url\n        eventTypes\n        sm3\n        active\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebhooksWebhookSubscriptionCreateDocument,
    "\n  mutation WebhooksWebhookSubscriptionUpdate($i: WebhookSubscriptionUpdateInput!) {\n    webhookSubscriptionUpdate(input: $i) {\n      subscription {\n        id\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebhooksWebhookSubscriptionUpdateDocument,
    "\n  mutation WebhooksWebhookSubscriptionDelete($i: WebhookSubscriptionDeleteInput!) {\n    webhookSubscriptionDelete(input: $i) {\n      deletedId\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebhooksWebhookSubscriptionDeleteDocument,
    "\n  mutation WebhooksWebhookDeliveryReplay($i: WebhookDeliveryReplayInput!) {\n    webhookDeliveryReplay(input: $i) {\n      delivery {\n        id\n        status\n        attempts\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.WebhooksWebhookDeliveryReplayDocument,
    "\n  query WebhooksWebhookDeliveries($f: WebhookDeliveryFilter) {\n    webhookDeliveries(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n        webhookId\n        eventId\n        eventType\n        url\n        status\n        attempts\n        lastStatusCode\n        lastError\n        lastResponse\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n": types.WebhooksWebhookDeliveriesDocument,
    "\n            query WebhooksCurrentSite2 {\n              currentSite {\n                id\n              }\n            }\n          ": types.WebhooksCurrentSite2Document,
    "\n        query WebhooksWebhookSubscriptions {\n          webhookSubscriptions(first: 10) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.WebhooksWebhookSubscriptionsDocument,
    "\n          mutation WebhooksDockingSubmit($i: DockingSubmitInput!) {\n            dockingSubmit(input: $i) {\n              docking {\n                id\n                status\n              }\n              errors {\n                ...TestUserError\n              }\n            }\n          }\n        ": types.WebhooksDockingSubmitDocument,
    "\n        mutation WebhooksDockingMessageSend($i: DockingMessageInput!) {\n          dockingMessageSend(input: $i) {\n            docking {\n              id\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.WebhooksDockingMessageSendDocument,
    "\n        mutation WebhooksDockingAccept($i: DockingActionInput!) {\n          dockingAccept(input: $i) {\n            docking {\n              id\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      ": types.WebhooksDockingAcceptDocument,
    "\n        query WebhooksWebhookSubscriptions2 {\n          webhookSubscriptions(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.WebhooksWebhookSubscriptions2Document,
    "\n        query WebhooksWebhookSubscriptions3 {\n          webhookSubscriptions(first: 1) {\n            totalCount\n          }\n        }\n      ": types.WebhooksWebhookSubscriptions3Document,
    "\n  mutation TestAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestAccountRegisterDocument,
    "\n  mutation TestLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.TestLoginDocument,
    "\n  mutation TestFactoryActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestFactoryActivityCreateDocument,
    "\n  mutation TestFactoryActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestFactoryActivityReviewDocument,
    "\n  mutation TestFinancingProductCreate($i: FinancingProductCreateInput!) {\n    financingProductCreate(input: $i) {\n      product {\n        id\n        name\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.TestFinancingProductCreateDocument,
    "\n  mutation TestFinancingNeedSubmit($i: FinancingNeedSubmitInput!) {\n    financingNeedSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.TestFinancingNeedSubmitDocument,
    "\n  mutation TestColumnNeedReply($i: ColumnNeedReplyInput!) {\n    columnNeedReply(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.TestColumnNeedReplyDocument,
    "\n  mutation TestColumnNeedStartDocking($i: ColumnNeedDockingInput!) {\n    columnNeedStartDocking(input: $i) {\n      need {\n        id\n      }\n      docking {\n        id\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.TestColumnNeedStartDockingDocument,
    "\n  mutation TestInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestInstitutionApplyDocument,
    "\n  mutation TestInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestInstitutionReviewDocument,
    "\n  mutation TestDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.TestDockingSubmitDocument,
    "\n  mutation TestServiceProductCreate($i: ServiceProductCreateInput!) {\n    serviceProductCreate(input: $i) {\n      product {\n        id\n        name\n        status\n      }\n      warnings {\n        field\n        message\n        suggestion\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestServiceProductCreateDocument,
    "\n  mutation TestServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) {\n      product {\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestServiceProductReviewDocument,
    "\n  mutation TestEnterpriseRegister($i: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $i) {\n      enterprise {\n        id\n        uscc\n        name\n        sizeClass\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TestEnterpriseRegisterDocument,
    "\n  fragment TestUserError on UserError {\n    code\n    field\n    message\n  }\n": types.TestUserErrorFragmentDoc,
    "\n  fragment TestColumnNeed on ColumnNeed {\n    id\n    column\n    title\n    status\n    matched\n    amount\n    headcount\n    regionCode\n    industryCode\n    firstReplyDue\n    firstRepliedAt\n    firstReplyOverdue\n  }\n": types.TestColumnNeedFragmentDoc,
    "\n  fragment TestPolicyFields on Policy {\n    id\n    title\n    docNo\n    departments\n    publishedOn\n    effectiveFrom\n    effectiveTo\n    validity\n    author\n    sourceName\n    sourceUrl\n    body\n    tags\n    policyType\n    industries\n    sizeClasses\n    regions\n    hotWords\n    columns\n    featured\n    status\n    reviewComment\n    publishedVersion\n    viewCount\n  }\n": types.TestPolicyFieldsFragmentDoc,
    "\n  mutation TestFactoryNoticeCreate($i: NoticeCreateInput!) {\n    noticeCreate(input: $i) {\n      notice {\n        id\n      }\n      errors {\n        message\n      }\n    }\n  }\n": types.TestFactoryNoticeCreateDocument,
    "\n  mutation TestFactoryNoticePublish($i: NoticeIdInput!) {\n    noticePublish(input: $i) {\n      errors {\n        message\n      }\n    }\n  }\n": types.TestFactoryNoticePublishDocument,
    "\n  mutation TestQualificationKindCreate($i: QualificationKindCreateInput!) {\n    qualificationKindCreate(input: $i) {\n      qualification {\n        code\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.TestQualificationKindCreateDocument,
    "\n  mutation TestFactoryPolicyCreate($i: PolicyCreateInput!) {\n    policyCreate(input: $i) {\n      policy {\n        ...TestPolicyFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.TestFactoryPolicyCreateDocument,
    "\n  fragment TestPolicyTransition on PolicyPayload {\n    policy {\n      id\n      status\n      publishedVersion\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n": types.TestPolicyTransitionFragmentDoc,
    "\n    mutation TestFactoryPolicySubmit($i: PolicyTransitionInput!) {\n      policySubmit(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  ": types.TestFactoryPolicySubmitDocument,
    "\n    mutation TestFactoryPolicyPublish($i: PolicyTransitionInput!) {\n      policyPublish(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  ": types.TestFactoryPolicyPublishDocument,
    "\n    mutation TestFactoryPolicyRevise($i: PolicyTransitionInput!) {\n      policyRevise(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  ": types.TestFactoryPolicyReviseDocument,
    "\n    mutation TestFactoryPolicyWithdraw($i: PolicyTransitionInput!) {\n      policyWithdraw(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  ": types.TestFactoryPolicyWithdrawDocument,
    "\n    mutation TestFactoryPolicyExpire($i: PolicyTransitionInput!) {\n      policyExpire(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  ": types.TestFactoryPolicyExpireDocument,
    "\n  mutation TestFactoryPolicyReview($i: PolicyReviewInput!) {\n    policyReview(input: $i) {\n      policy {\n        id\n        status\n        reviewComment\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n": types.TestFactoryPolicyReviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n        status\n        ticket\n        ticketCode\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n        status\n        ticket\n        ticketCode\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFlowCancel($i: RegistrationRefInput!) {\n    activityRegistrationCancel(input: $i) {\n      registration {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFlowCancel($i: RegistrationRefInput!) {\n    activityRegistrationCancel(input: $i) {\n      registration {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFlowCheckIn($i: ActivityCheckInInput!) {\n    activityCheckIn(input: $i) {\n      registration {\n        id\n        checkedInAt\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFlowCheckIn($i: ActivityCheckInInput!) {\n    activityCheckIn(input: $i) {\n      registration {\n        id\n        checkedInAt\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestFlowMyRegistrations {\n    myActivityRegistrations(first: 10) {\n      totalCount\n      nodes {\n        id\n        status\n        ticketCode\n        activity {\n          id\n          name\n          registeredCount\n          waitlistedCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestFlowMyRegistrations {\n    myActivityRegistrations(first: 10) {\n      totalCount\n      nodes {\n        id\n        status\n        ticketCode\n        activity {\n          id\n          name\n          registeredCount\n          waitlistedCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityTestActivity on Activity {\n    id\n    name\n    status\n    organisers\n    capacity\n    registeredCount\n    waitlistedCount\n    remainingSeats\n    placeAddress\n    logoDataUrl\n    agenda {\n      title\n      speaker\n      startsAt\n    }\n    summary\n    attendance {\n      registered\n      checkedIn\n      rate\n      evaluations\n      averageRating\n    }\n    institution {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityTestActivity on Activity {\n    id\n    name\n    status\n    organisers\n    capacity\n    registeredCount\n    waitlistedCount\n    remainingSeats\n    placeAddress\n    logoDataUrl\n    agenda {\n      title\n      speaker\n      startsAt\n    }\n    summary\n    attendance {\n      registered\n      checkedIn\n      rate\n      evaluations\n      averageRating\n    }\n    institution {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        ...ActivityTestActivity\n      }\n      warnings {\n        field\n        message\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        ...ActivityTestActivity\n      }\n      warnings {\n        field\n        message\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        ...ActivityTestActivity\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        ...ActivityTestActivity\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityTestRegistration on ActivityRegistration {\n    id\n    status\n    ticket\n    checkedInAt\n    waitlistPosition\n    rating\n  }\n"): (typeof documents)["\n  fragment ActivityTestRegistration on ActivityRegistration {\n    id\n    status\n    ticket\n    checkedInAt\n    waitlistPosition\n    rating\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityActivityRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityActivityRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityActivityRegistrationCancel($i: RegistrationRefInput!) {\n    activityRegistrationCancel(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityActivityRegistrationCancel($i: RegistrationRefInput!) {\n    activityRegistrationCancel(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityActivityCheckIn($i: ActivityCheckInInput!) {\n    activityCheckIn(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityActivityCheckIn($i: ActivityCheckInInput!) {\n    activityCheckIn(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityActivityEvaluate($i: ActivityEvaluateInput!) {\n    activityEvaluate(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityActivityEvaluate($i: ActivityEvaluateInput!) {\n    activityEvaluate(input: $i) {\n      registration {\n        ...ActivityTestRegistration\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ActivityActivities {\n              activities(first: 10) {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query ActivityActivities {\n              activities(first: 10) {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ActivityActivities2 {\n          activities(first: 10, filter: { column: TECHNOLOGY, upcoming: true }) {\n            totalCount\n            nodes {\n              name\n              organisers\n              agenda {\n                title\n              }\n              institution {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ActivityActivities2 {\n          activities(first: 10, filter: { column: TECHNOLOGY, upcoming: true }) {\n            totalCount\n            nodes {\n              name\n              organisers\n              agenda {\n                title\n              }\n              institution {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ActivityActivities3($m: String) {\n              activities(first: 100, filter: { month: $m }) {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query ActivityActivities3($m: String) {\n              activities(first: 100, filter: { month: $m }) {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ActivityActivities4 {\n          activities(first: 10, filter: { month: \"2026-13\" }) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query ActivityActivities4 {\n          activities(first: 10, filter: { month: \"2026-13\" }) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ActivityActivity($id: ID!) {\n            activity(id: $id) {\n              registeredCount\n              waitlistedCount\n              remainingSeats\n            }\n          }\n        "): (typeof documents)["\n          query ActivityActivity($id: ID!) {\n            activity(id: $id) {\n              registeredCount\n              waitlistedCount\n              remainingSeats\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ActivityMyActivityRegistrations {\n          myActivityRegistrations(first: 10) {\n            nodes {\n              status\n              waitlistPosition\n              activity {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ActivityMyActivityRegistrations {\n          myActivityRegistrations(first: 10) {\n            nodes {\n              status\n              waitlistPosition\n              activity {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ActivityActivityRegistrations($id: ID!) {\n          activityRegistrations(activityId: $id, first: 10) {\n            totalCount\n            nodes {\n              status\n              ticket\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ActivityActivityRegistrations($id: ID!) {\n          activityRegistrations(activityId: $id, first: 10) {\n            totalCount\n            nodes {\n              status\n              ticket\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ActivityActivityRegistrations2($id: ID!) {\n              activityRegistrations(activityId: $id, first: 10) {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query ActivityActivityRegistrations2($id: ID!) {\n              activityRegistrations(activityId: $id, first: 10) {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ActivityActivity2($id: ID!) {\n        activity(id: $id) {\n          myRegistration {\n            ticketQrSvg\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ActivityActivity2($id: ID!) {\n        activity(id: $id) {\n          myRegistration {\n            ticketQrSvg\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ActivityActivityRegistrations3($id: ID!) {\n              activityRegistrations(activityId: $id, first: 10) {\n                nodes {\n                  ticketQrSvg\n                }\n              }\n            }\n          "): (typeof documents)["\n            query ActivityActivityRegistrations3($id: ID!) {\n              activityRegistrations(activityId: $id, first: 10) {\n                nodes {\n                  ticketQrSvg\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ActivityActivitySummaryPublish($i: ActivitySummaryInput!) {\n          activitySummaryPublish(input: $i) {\n            activity {\n              ...ActivityTestActivity\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ActivityActivitySummaryPublish($i: ActivitySummaryInput!) {\n          activitySummaryPublish(input: $i) {\n            activity {\n              ...ActivityTestActivity\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ActivityActivityInvitationsAdd($i: ActivityInvitationsAddInput!) {\n      activityInvitationsAdd(input: $i) {\n        invitations {\n          id\n          contactKind\n          contact\n          revokedAt\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation ActivityActivityInvitationsAdd($i: ActivityInvitationsAddInput!) {\n      activityInvitationsAdd(input: $i) {\n        invitations {\n          id\n          contactKind\n          contact\n          revokedAt\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ActivityActivityInvitationRevoke($i: ActivityInvitationRevokeInput!) {\n      activityInvitationRevoke(input: $i) {\n        invitation {\n          id\n          revokedAt\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation ActivityActivityInvitationRevoke($i: ActivityInvitationRevokeInput!) {\n      activityInvitationRevoke(input: $i) {\n        invitation {\n          id\n          revokedAt\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ActivityActivityInvitations($id: ID!, $all: Boolean) {\n      activityInvitations(activityId: $id, first: 100, includeRevoked: $all) {\n        totalCount\n        nodes {\n          contact\n          revokedAt\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ActivityActivityInvitations($id: ID!, $all: Boolean) {\n      activityInvitations(activityId: $id, first: 100, includeRevoked: $all) {\n        totalCount\n        nodes {\n          contact\n          revokedAt\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ActivityActivity3($id: ID!) {\n      activity(id: $id) {\n        registrationMethod\n        viewerInvited\n      }\n    }\n  "): (typeof documents)["\n    query ActivityActivity3($id: ID!) {\n      activity(id: $id) {\n        registrationMethod\n        viewerInvited\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ActivityAccountRegister($i: AccountRegisterInput!) {\n          accountRegister(input: $i) {\n            account {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ActivityAccountRegister($i: AccountRegisterInput!) {\n          accountRegister(input: $i) {\n            account {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ActivityMyActivityInvitations {\n          myActivityInvitations(first: 10) {\n            totalCount\n            nodes {\n              contactKind\n              activity {\n                id\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ActivityMyActivityInvitations {\n          myActivityInvitations(first: 10) {\n            totalCount\n            nodes {\n              contactKind\n              activity {\n                id\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ActivityMyActivityRegistrations2 {\n        myActivityRegistrations(first: 1) {\n          nodes {\n            id\n            status\n            ticket\n            ticketQrSvg\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ActivityMyActivityRegistrations2 {\n        myActivityRegistrations(first: 1) {\n          nodes {\n            id\n            status\n            ticket\n            ticketQrSvg\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ActivityActivityStatistics {\n          activityStatistics(groupBy: COLUMN) {\n            key\n            label\n            activities\n            registered\n            waitlisted\n            checkedIn\n            attendanceRate\n            evaluations\n            averageRating\n          }\n        }\n      "): (typeof documents)["\n        query ActivityActivityStatistics {\n          activityStatistics(groupBy: COLUMN) {\n            key\n            label\n            activities\n            registered\n            waitlisted\n            checkedIn\n            attendanceRate\n            evaluations\n            averageRating\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ActivityActivityStatistics2 {\n          activityStatistics(groupBy: INSTITUTION) {\n            key\n            label\n            activities\n          }\n        }\n      "): (typeof documents)["\n        query ActivityActivityStatistics2 {\n          activityStatistics(groupBy: INSTITUTION) {\n            key\n            label\n            activities\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ActivityActivityStatistics3 {\n          activityStatistics(groupBy: MONTH) {\n            key\n            activities\n          }\n        }\n      "): (typeof documents)["\n        query ActivityActivityStatistics3 {\n          activityStatistics(groupBy: MONTH) {\n            key\n            activities\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ActivityActivityStatisticsCsv {\n            activityStatisticsCsv(groupBy: COLUMN)\n          }\n        "): (typeof documents)["\n          query ActivityActivityStatisticsCsv {\n            activityStatisticsCsv(groupBy: COLUMN)\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ActivityActivityStatisticsXlsx {\n            activityStatisticsXlsx(groupBy: COLUMN) {\n              filename\n              mimeType\n              byteSize\n              contentBase64\n            }\n          }\n        "): (typeof documents)["\n          query ActivityActivityStatisticsXlsx {\n            activityStatisticsXlsx(groupBy: COLUMN) {\n              filename\n              mimeType\n              byteSize\n              contentBase64\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ActivityActivityStatistics4 {\n              activityStatistics(groupBy: COLUMN) {\n                key\n              }\n            }\n          "): (typeof documents)["\n            query ActivityActivityStatistics4 {\n              activityStatistics(groupBy: COLUMN) {\n                key\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ActivityActivities5 {\n          activities(first: 100) {\n            nodes {\n              name\n              remainingSeats\n              attendance {\n                registered\n              }\n              institution {\n                name\n              }\n              myRegistration {\n                status\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ActivityActivities5 {\n          activities(first: 100) {\n            nodes {\n              name\n              remainingSeats\n              attendance {\n                registered\n              }\n              institution {\n                name\n              }\n              myRegistration {\n                status\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditIntegrityLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditIntegrityLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColumnsEntrepreneurshipStartupResourceCreate($i: StartupResourceCreateInput!) {\n    startupResourceCreate(input: $i) {\n      resource {\n        id\n        name\n        kind\n        regionName\n        institution {\n          name\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ColumnsEntrepreneurshipStartupResourceCreate($i: StartupResourceCreateInput!) {\n    startupResourceCreate(input: $i) {\n      resource {\n        id\n        name\n        kind\n        regionName\n        institution {\n          name\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ColumnsEntrepreneurshipStartupResources($f: StartupResourceFilter) {\n    startupResources(first: 50, filter: $f) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ColumnsEntrepreneurshipStartupResources($f: StartupResourceFilter) {\n    startupResources(first: 50, filter: $f) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColumnsEntrepreneurshipEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {\n    entrepreneurshipNeedSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n        entrepreneurship {\n          category\n          stage\n          anonymous\n        }\n        institutions {\n          name\n        }\n      }\n      trackingCode\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ColumnsEntrepreneurshipEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {\n    entrepreneurshipNeedSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n        entrepreneurship {\n          category\n          stage\n          anonymous\n        }\n        institutions {\n          name\n        }\n      }\n      trackingCode\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsEntrepreneurshipStartupResources2 {\n          startupResources(first: 100) {\n            totalCount\n            nodes {\n              name\n              institution {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsEntrepreneurshipStartupResources2 {\n          startupResources(first: 100) {\n            totalCount\n            nodes {\n              name\n              institution {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ColumnsEntrepreneurshipColumnNeedReply($i: ColumnNeedReplyInput!) {\n        columnNeedReply(input: $i) {\n          need {\n            status\n            replies {\n              body\n              institution {\n                name\n              }\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation ColumnsEntrepreneurshipColumnNeedReply($i: ColumnNeedReplyInput!) {\n        columnNeedReply(input: $i) {\n          need {\n            status\n            replies {\n              body\n              institution {\n                name\n              }\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsEntrepreneurshipColumnNeedByTrackingCode($c: String!) {\n          columnNeedByTrackingCode(code: $c) {\n            title\n            status\n            entrepreneurship {\n              anonymous\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsEntrepreneurshipColumnNeedByTrackingCode($c: String!) {\n          columnNeedByTrackingCode(code: $c) {\n            title\n            status\n            entrepreneurship {\n              anonymous\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ColumnsEntrepreneurshipColumnNeedByTrackingCode2 {\n            columnNeedByTrackingCode(code: \"nope\") {\n              title\n            }\n          }\n        "): (typeof documents)["\n          query ColumnsEntrepreneurshipColumnNeedByTrackingCode2 {\n            columnNeedByTrackingCode(code: \"nope\") {\n              title\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ColumnsEntrepreneurshipColumnNeedReply2($i: ColumnNeedReplyInput!) {\n          columnNeedReply(input: $i) {\n            need {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ColumnsEntrepreneurshipColumnNeedReply2($i: ColumnNeedReplyInput!) {\n          columnNeedReply(input: $i) {\n            need {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ColumnsEntrepreneurshipInstitutionColumnNeeds {\n        institutionColumnNeeds(first: 20, filter: { overdue: true }) {\n          nodes {\n            id\n            firstReplyOverdue\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ColumnsEntrepreneurshipInstitutionColumnNeeds {\n        institutionColumnNeeds(first: 20, filter: { overdue: true }) {\n          nodes {\n            id\n            firstReplyOverdue\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ColumnsEntrepreneurshipInstitutionColumnNeeds2 {\n            institutionColumnNeeds(first: 20, filter: { status: ANSWERED }) {\n              nodes {\n                firstReplyOverdue\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ColumnsEntrepreneurshipInstitutionColumnNeeds2 {\n            institutionColumnNeeds(first: 20, filter: { status: ANSWERED }) {\n              nodes {\n                firstReplyOverdue\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ColumnsEntrepreneurshipStartupNeedBoard($f: StartupNeedBoardFilter) {\n      startupNeedBoard(first: 50, filter: $f) {\n        totalCount\n        nodes {\n          id\n          category\n          categoryLabel\n          stage\n          regionCode\n          regionName\n          status\n          createdAt\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ColumnsEntrepreneurshipStartupNeedBoard($f: StartupNeedBoardFilter) {\n      startupNeedBoard(first: 50, filter: $f) {\n        totalCount\n        nodes {\n          id\n          category\n          categoryLabel\n          stage\n          regionCode\n          regionName\n          status\n          createdAt\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ColumnsFinancingFinancingProducts($f: FinancingProductFilter) {\n            financingProducts(first: 10, filter: $f) {\n              totalCount\n              nodes {\n                name\n                institution {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ColumnsFinancingFinancingProducts($f: FinancingProductFilter) {\n            financingProducts(first: 10, filter: $f) {\n              totalCount\n              nodes {\n                name\n                institution {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsFinancingFinancingProducts2 {\n          financingProducts(first: 10, filter: { regionCode: \"12\" }) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsFinancingFinancingProducts2 {\n          financingProducts(first: 10, filter: { regionCode: \"12\" }) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsFinancingFinancingProducts3 {\n          financingProducts(first: 100) {\n            nodes {\n              name\n              institution {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsFinancingFinancingProducts3 {\n          financingProducts(first: 100) {\n            nodes {\n              name\n              institution {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ColumnsFinancingFinancingProductDelist($i: FinancingProductDelistInput!) {\n        financingProductDelist(input: $i) {\n          product {\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation ColumnsFinancingFinancingProductDelist($i: FinancingProductDelistInput!) {\n        financingProductDelist(input: $i) {\n          product {\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ColumnsFinancingFinancingProduct($id: ID!) {\n            financingProduct(id: $id) {\n              name\n            }\n          }\n        "): (typeof documents)["\n          query ColumnsFinancingFinancingProduct($id: ID!) {\n            financingProduct(id: $id) {\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ColumnsFinancingFinancingProduct2($id: ID!) {\n            financingProduct(id: $id) {\n              name\n            }\n          }\n        "): (typeof documents)["\n          query ColumnsFinancingFinancingProduct2($id: ID!) {\n            financingProduct(id: $id) {\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsFinancingFinancingRoutes {\n          financingRoutes {\n            code\n            kind\n            name\n            summary\n            steps\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsFinancingFinancingRoutes {\n          financingRoutes {\n            code\n            kind\n            name\n            summary\n            steps\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsFinancingFinancingRoutes2 {\n          financingRoutes(kind: DIRECT) {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsFinancingFinancingRoutes2 {\n          financingRoutes(kind: DIRECT) {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ColumnsFinancingColumnNeed($id: ID!) {\n    columnNeed(id: $id) {\n      id\n      financing {\n        termMonths\n        purpose\n        collateral\n        urgency\n      }\n      financingMatches {\n        products {\n          eligible\n          product {\n            name\n          }\n          criteria {\n            code\n            passed\n            reason\n          }\n        }\n        nearMisses {\n          product {\n            name\n          }\n          criteria {\n            code\n            passed\n            reason\n          }\n        }\n        institutions {\n          name\n        }\n        referral {\n          message\n          institutions {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ColumnsFinancingColumnNeed($id: ID!) {\n    columnNeed(id: $id) {\n      id\n      financing {\n        termMonths\n        purpose\n        collateral\n        urgency\n      }\n      financingMatches {\n        products {\n          eligible\n          product {\n            name\n          }\n          criteria {\n            code\n            passed\n            reason\n          }\n        }\n        nearMisses {\n          product {\n            name\n          }\n          criteria {\n            code\n            passed\n            reason\n          }\n        }\n        institutions {\n          name\n        }\n        referral {\n          message\n          institutions {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ColumnsFinancingColumnNeed2($id: ID!) {\n        columnNeed(id: $id) {\n          title\n          contactPhone\n          enterpriseProfile {\n            name\n            sizeClass\n            creditRating {\n              score\n              grade\n            }\n          }\n          financingMatches {\n            referral {\n              message\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ColumnsFinancingColumnNeed2($id: ID!) {\n        columnNeed(id: $id) {\n          title\n          contactPhone\n          enterpriseProfile {\n            name\n            sizeClass\n            creditRating {\n              score\n              grade\n            }\n          }\n          financingMatches {\n            referral {\n              message\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ColumnsFinancingProfileConsentGrant($i: ProfileConsentInput!) {\n          profileConsentGrant(input: $i) {\n            consent {\n              active\n              institution {\n                name\n              }\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ColumnsFinancingProfileConsentGrant($i: ProfileConsentInput!) {\n          profileConsentGrant(input: $i) {\n            consent {\n              active\n              institution {\n                name\n              }\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ColumnsFinancingProfileConsentRevoke($i: ProfileConsentInput!) {\n          profileConsentRevoke(input: $i) {\n            consent {\n              active\n              institution {\n                name\n              }\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ColumnsFinancingProfileConsentRevoke($i: ProfileConsentInput!) {\n          profileConsentRevoke(input: $i) {\n            consent {\n              active\n              institution {\n                name\n              }\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsFinancingMyProfileConsents {\n          myProfileConsents {\n            active\n            revokedAt\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsFinancingMyProfileConsents {\n          myProfileConsents {\n            active\n            revokedAt\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsFinancingInstitutionColumnNeeds {\n          institutionColumnNeeds(first: 10, filter: { column: FINANCING, status: OPEN }) {\n            totalCount\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsFinancingInstitutionColumnNeeds {\n          institutionColumnNeeds(first: 10, filter: { column: FINANCING, status: OPEN }) {\n            totalCount\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ColumnsFinancingColumnNeedReply($i: ColumnNeedReplyInput!) {\n        columnNeedReply(input: $i) {\n          need {\n            status\n            firstRepliedAt\n            replies {\n              body\n              institution {\n                name\n              }\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation ColumnsFinancingColumnNeedReply($i: ColumnNeedReplyInput!) {\n        columnNeedReply(input: $i) {\n          need {\n            status\n            firstRepliedAt\n            replies {\n              body\n              institution {\n                name\n              }\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ColumnsFinancingColumnNeedClose($i: ColumnNeedCloseInput!) {\n        columnNeedClose(input: $i) {\n          need {\n            status\n            closedAt\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation ColumnsFinancingColumnNeedClose($i: ColumnNeedCloseInput!) {\n        columnNeedClose(input: $i) {\n          need {\n            status\n            closedAt\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsFinancingMyColumnNeeds {\n          myColumnNeeds(first: 10, filter: { column: FINANCING }) {\n            totalCount\n            nodes {\n              ...TestColumnNeed\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsFinancingMyColumnNeeds {\n          myColumnNeeds(first: 10, filter: { column: FINANCING }) {\n            totalCount\n            nodes {\n              ...TestColumnNeed\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ColumnsFinancingInboxConsentGrant($i: ProfileConsentInput!) {\n          profileConsentGrant(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ColumnsFinancingInboxConsentGrant($i: ProfileConsentInput!) {\n          profileConsentGrant(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ColumnsFinancingColumnNeedReply2($i: ColumnNeedReplyInput!) {\n            columnNeedReply(input: $i) {\n              errors {\n                ...TestUserError\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation ColumnsFinancingColumnNeedReply2($i: ColumnNeedReplyInput!) {\n            columnNeedReply(input: $i) {\n              errors {\n                ...TestUserError\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ColumnsFinancingInstitutionColumnNeedsPage($first: Int!) {\n            institutionColumnNeeds(first: $first) {\n              totalCount\n              nodes {\n                title\n                enterpriseProfile {\n                  name\n                  creditRating {\n                    grade\n                  }\n                }\n                institutions {\n                  name\n                }\n                replies {\n                  body\n                  institution {\n                    name\n                  }\n                }\n                financing {\n                  purpose\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ColumnsFinancingInstitutionColumnNeedsPage($first: Int!) {\n            institutionColumnNeeds(first: $first) {\n              totalCount\n              nodes {\n                title\n                enterpriseProfile {\n                  name\n                  creditRating {\n                    grade\n                  }\n                }\n                institutions {\n                  name\n                }\n                replies {\n                  body\n                  institution {\n                    name\n                  }\n                }\n                financing {\n                  purpose\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsFinancingEnterprise($id: ID!) {\n          enterprise(id: $id) {\n            creditRating {\n              score\n              maxScore\n              grade\n              factors {\n                code\n                points\n                maxPoints\n                explanation\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsFinancingEnterprise($id: ID!) {\n          enterprise(id: $id) {\n            creditRating {\n              score\n              maxScore\n              grade\n              factors {\n                code\n                points\n                maxPoints\n                explanation\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ColumnsNeedDockingColumnNeed($id: ID!) {\n    columnNeed(id: $id) {\n      id\n      status\n      closedAt\n      rating\n      amountFinanced\n      docking {\n        id\n        status\n      }\n      timeline {\n        type\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  query ColumnsNeedDockingColumnNeed($id: ID!) {\n    columnNeed(id: $id) {\n      id\n      status\n      closedAt\n      rating\n      amountFinanced\n      docking {\n        id\n        status\n      }\n      timeline {\n        type\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ColumnsNeedDockingAction on DockingPayload {\n    docking {\n      status\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n"): (typeof documents)["\n  fragment ColumnsNeedDockingAction on DockingPayload {\n    docking {\n      status\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ColumnsNeedDockingDockingAccept($i: DockingActionInput!) {\n      dockingAccept(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  "): (typeof documents)["\n    mutation ColumnsNeedDockingDockingAccept($i: DockingActionInput!) {\n      dockingAccept(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ColumnsNeedDockingDockingStart($i: DockingActionInput!) {\n      dockingStart(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  "): (typeof documents)["\n    mutation ColumnsNeedDockingDockingStart($i: DockingActionInput!) {\n      dockingStart(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ColumnsNeedDockingDockingComplete($i: DockingActionInput!) {\n      dockingComplete(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  "): (typeof documents)["\n    mutation ColumnsNeedDockingDockingComplete($i: DockingActionInput!) {\n      dockingComplete(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ColumnsNeedDockingDockingDecline($i: DockingActionInput!) {\n      dockingDecline(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  "): (typeof documents)["\n    mutation ColumnsNeedDockingDockingDecline($i: DockingActionInput!) {\n      dockingDecline(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ColumnsNeedDockingDockingCancel($i: DockingActionInput!) {\n      dockingCancel(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  "): (typeof documents)["\n    mutation ColumnsNeedDockingDockingCancel($i: DockingActionInput!) {\n      dockingCancel(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ColumnsNeedDockingDockingClose($i: DockingActionInput!) {\n      dockingClose(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  "): (typeof documents)["\n    mutation ColumnsNeedDockingDockingClose($i: DockingActionInput!) {\n      dockingClose(input: $i) {\n        ...ColumnsNeedDockingAction\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColumnsNeedDockingDockingEvaluate($i: DockingEvaluateInput!) {\n    dockingEvaluate(input: $i) {\n      docking {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ColumnsNeedDockingDockingEvaluate($i: DockingEvaluateInput!) {\n    dockingEvaluate(input: $i) {\n      docking {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColumnsNeedDockingColumnNeedClose($i: ColumnNeedCloseInput!) {\n    columnNeedClose(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ColumnsNeedDockingColumnNeedClose($i: ColumnNeedCloseInput!) {\n    columnNeedClose(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColumnsNeedDockingColumnNeedRecordAmountFinanced($i: ColumnNeedAmountFinancedInput!) {\n    columnNeedRecordAmountFinanced(input: $i) {\n      need {\n        status\n        amountFinanced\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ColumnsNeedDockingColumnNeedRecordAmountFinanced($i: ColumnNeedAmountFinancedInput!) {\n    columnNeedRecordAmountFinanced(input: $i) {\n      need {\n        status\n        amountFinanced\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ColumnsNeedDockingColumnStatistics {\n    columnStatistics(groupBy: COLUMN, filter: { column: FINANCING }) {\n      total {\n        received\n        completed\n        amountFinanced\n        rated\n        averageRating\n      }\n    }\n  }\n"): (typeof documents)["\n  query ColumnsNeedDockingColumnStatistics {\n    columnStatistics(groupBy: COLUMN, filter: { column: FINANCING }) {\n      total {\n        received\n        completed\n        amountFinanced\n        rated\n        averageRating\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ColumnsNeedDockingDockingSubmit($i: DockingSubmitInput!) {\n          dockingSubmit(input: $i) {\n            docking {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ColumnsNeedDockingDockingSubmit($i: DockingSubmitInput!) {\n          dockingSubmit(input: $i) {\n            docking {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ColumnsScenarioScenario($c: ScenarioCode!, $r: String) {\n    scenario(code: $c, regionCode: $r) {\n      code\n      title\n      summary\n      steps {\n        order\n        title\n        description\n        action {\n          label\n          operation\n          requiresLogin\n        }\n      }\n      nextAction {\n        label\n        operation\n        requiresLogin\n      }\n      institutions {\n        name\n      }\n      financingProducts {\n        name\n      }\n      financingRoutes {\n        code\n      }\n      startupResources {\n        name\n        kind\n      }\n      categories {\n        code\n        column\n      }\n      related {\n        kind\n        available\n        items {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ColumnsScenarioScenario($c: ScenarioCode!, $r: String) {\n    scenario(code: $c, regionCode: $r) {\n      code\n      title\n      summary\n      steps {\n        order\n        title\n        description\n        action {\n          label\n          operation\n          requiresLogin\n        }\n      }\n      nextAction {\n        label\n        operation\n        requiresLogin\n      }\n      institutions {\n        name\n      }\n      financingProducts {\n        name\n      }\n      financingRoutes {\n        code\n      }\n      startupResources {\n        name\n        kind\n      }\n      categories {\n        code\n        column\n      }\n      related {\n        kind\n        available\n        items {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ColumnsScenarioStartupResourceCreate($i: StartupResourceCreateInput!) {\n      startupResourceCreate(input: $i) {\n        errors {\n          field\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation ColumnsScenarioStartupResourceCreate($i: StartupResourceCreateInput!) {\n      startupResourceCreate(input: $i) {\n        errors {\n          field\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsSeedColumnStatistics {\n          columnStatistics(groupBy: COLUMN) {\n            total {\n              received\n              answered\n              completed\n              rated\n              amountFinanced\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsSeedColumnStatistics {\n          columnStatistics(groupBy: COLUMN) {\n            total {\n              received\n              answered\n              completed\n              rated\n              amountFinanced\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsSeedStartupResources {\n          startupResources(first: 100, filter: { within: { south: 31.7, west: 117.1, north: 32.0, east: 117.5 } }) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsSeedStartupResources {\n          startupResources(first: 100, filter: { within: { south: 31.7, west: 117.1, north: 32.0, east: 117.5 } }) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColumnsSlaDockingColumnNeedReply($i: ColumnNeedReplyInput!) {\n    columnNeedReply(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ColumnsSlaDockingColumnNeedReply($i: ColumnNeedReplyInput!) {\n    columnNeedReply(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColumnsSlaDockingColumnNeedStartDocking($i: ColumnNeedDockingInput!) {\n    columnNeedStartDocking(input: $i) {\n      need {\n        id\n        docking {\n          id\n          status\n        }\n      }\n      docking {\n        id\n        kind\n        status\n        firstResponseAt\n        resolutionDue\n        institution {\n          name\n        }\n        demand {\n          status\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ColumnsSlaDockingColumnNeedStartDocking($i: ColumnNeedDockingInput!) {\n    columnNeedStartDocking(input: $i) {\n      need {\n        id\n        docking {\n          id\n          status\n        }\n      }\n      docking {\n        id\n        kind\n        status\n        firstResponseAt\n        resolutionDue\n        institution {\n          name\n        }\n        demand {\n          status\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ColumnsSlaDockingColumnStatistics {\n    columnStatistics(groupBy: COLUMN, filter: { column: FINANCING }) {\n      total {\n        received\n        answered\n        answeredWithinSla\n      }\n    }\n  }\n"): (typeof documents)["\n  query ColumnsSlaDockingColumnStatistics {\n    columnStatistics(groupBy: COLUMN, filter: { column: FINANCING }) {\n      total {\n        received\n        answered\n        answeredWithinSla\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ColumnsSlaDockingInstitutionColumnNeeds {\n        institutionColumnNeeds(first: 20, filter: { overdue: true }) {\n          nodes {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ColumnsSlaDockingInstitutionColumnNeeds {\n        institutionColumnNeeds(first: 20, filter: { overdue: true }) {\n          nodes {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ColumnsSlaDockingColumnNeed($id: ID!) {\n        columnNeed(id: $id) {\n          firstReplyOverdue\n        }\n      }\n    "): (typeof documents)["\n      query ColumnsSlaDockingColumnNeed($id: ID!) {\n        columnNeed(id: $id) {\n          firstReplyOverdue\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsSlaDockingColumnNeed2($id: ID!) {\n          columnNeed(id: $id) {\n            institutions {\n              id\n              name\n            }\n            docking {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsSlaDockingColumnNeed2($id: ID!) {\n          columnNeed(id: $id) {\n            institutions {\n              id\n              name\n            }\n            docking {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ColumnsSlaDockingDocking($id: ID!) {\n        docking(id: $id) {\n          status\n          timeline {\n            type\n            party\n            body\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ColumnsSlaDockingDocking($id: ID!) {\n        docking(id: $id) {\n          status\n          timeline {\n            type\n            party\n            body\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsSlaDockingMyReminders {\n          myReminders(first: 10) {\n            nodes {\n              kind\n              message\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsSlaDockingMyReminders {\n          myReminders(first: 10) {\n            nodes {\n              kind\n              message\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ColumnsSlaDockingDockingStart($i: DockingActionInput!) {\n          dockingStart(input: $i) {\n            docking {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ColumnsSlaDockingDockingStart($i: DockingActionInput!) {\n          dockingStart(input: $i) {\n            docking {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ColumnsSlaDockingDockingComplete($i: DockingActionInput!) {\n          dockingComplete(input: $i) {\n            docking {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ColumnsSlaDockingDockingComplete($i: DockingActionInput!) {\n          dockingComplete(input: $i) {\n            docking {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ColumnsSlaDockingColumnNeed3($id: ID!) {\n            columnNeed(id: $id) {\n              docking {\n                status\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ColumnsSlaDockingColumnNeed3($id: ID!) {\n            columnNeed(id: $id) {\n              docking {\n                status\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ColumnsSlaDockingEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {\n        entrepreneurshipNeedSubmit(input: $i) {\n          need {\n            ...TestColumnNeed\n            institutions {\n              id\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation ColumnsSlaDockingEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {\n        entrepreneurshipNeedSubmit(input: $i) {\n          need {\n            ...TestColumnNeed\n            institutions {\n              id\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColumnsStatsColumnNeedReply($i: ColumnNeedReplyInput!) {\n    columnNeedReply(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ColumnsStatsColumnNeedReply($i: ColumnNeedReplyInput!) {\n    columnNeedReply(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ColumnsStatsRow on ColumnStatsRow {\n    key\n    label\n    received\n    matched\n    answered\n    answeredWithinSla\n    completed\n    amountRequested\n    headcountRequested\n    amountFinanced\n    rated\n    averageRating\n    matchRate\n    slaRate\n    completionRate\n  }\n"): (typeof documents)["\n  fragment ColumnsStatsRow on ColumnStatsRow {\n    key\n    label\n    received\n    matched\n    answered\n    answeredWithinSla\n    completed\n    amountRequested\n    headcountRequested\n    amountFinanced\n    rated\n    averageRating\n    matchRate\n    slaRate\n    completionRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ColumnsStatsColumnStatistics($g: StatsDimension!, $f: ColumnStatsFilter) {\n    columnStatistics(groupBy: $g, filter: $f) {\n      dimension\n      rows {\n        ...ColumnsStatsRow\n      }\n      total {\n        ...ColumnsStatsRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query ColumnsStatsColumnStatistics($g: StatsDimension!, $f: ColumnStatsFilter) {\n    columnStatistics(groupBy: $g, filter: $f) {\n      dimension\n      rows {\n        ...ColumnsStatsRow\n      }\n      total {\n        ...ColumnsStatsRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ColumnsStatsTalentNeedSubmit($i: TalentNeedSubmitInput!) {\n        talentNeedSubmit(input: $i) {\n          need {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation ColumnsStatsTalentNeedSubmit($i: TalentNeedSubmitInput!) {\n        talentNeedSubmit(input: $i) {\n          need {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ColumnsStatsEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {\n        entrepreneurshipNeedSubmit(input: $i) {\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation ColumnsStatsEntrepreneurshipNeedSubmit($i: EntrepreneurshipNeedSubmitInput!) {\n        entrepreneurshipNeedSubmit(input: $i) {\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ColumnsStatsColumnNeedClose($i: ColumnNeedCloseInput!) {\n        columnNeedClose(input: $i) {\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation ColumnsStatsColumnNeedClose($i: ColumnNeedCloseInput!) {\n        columnNeedClose(input: $i) {\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ColumnsStatsDiagnosisRequestSubmit($i: DiagnosisRequestSubmitInput!) {\n        diagnosisRequestSubmit(input: $i) {\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation ColumnsStatsDiagnosisRequestSubmit($i: DiagnosisRequestSubmitInput!) {\n        diagnosisRequestSubmit(input: $i) {\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsStatsColumnStatisticsCsv {\n          columnStatisticsCsv(groupBy: COLUMN)\n        }\n      "): (typeof documents)["\n        query ColumnsStatsColumnStatisticsCsv {\n          columnStatisticsCsv(groupBy: COLUMN)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsStatsColumnStatisticsCsv2 {\n          columnStatisticsCsv(groupBy: COLUMN)\n        }\n      "): (typeof documents)["\n        query ColumnsStatsColumnStatisticsCsv2 {\n          columnStatisticsCsv(groupBy: COLUMN)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsStatsColumnStatisticsXlsx {\n          columnStatisticsXlsx(groupBy: COLUMN) {\n            filename\n            mimeType\n            byteSize\n            contentBase64\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsStatsColumnStatisticsXlsx {\n          columnStatisticsXlsx(groupBy: COLUMN) {\n            filename\n            mimeType\n            byteSize\n            contentBase64\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsStatsColumnStatisticsXlsx2 {\n          columnStatisticsXlsx(groupBy: MONTH) {\n            byteSize\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsStatsColumnStatisticsXlsx2 {\n          columnStatisticsXlsx(groupBy: MONTH) {\n            byteSize\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsStatsColumnStatisticsCsv3 {\n          columnStatisticsCsv(groupBy: MONTH)\n        }\n      "): (typeof documents)["\n        query ColumnsStatsColumnStatisticsCsv3 {\n          columnStatisticsCsv(groupBy: MONTH)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ColumnsStatsTalentNeedSubmit2($i: TalentNeedSubmitInput!) {\n          talentNeedSubmit(input: $i) {\n            need {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ColumnsStatsTalentNeedSubmit2($i: TalentNeedSubmitInput!) {\n          talentNeedSubmit(input: $i) {\n            need {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ColumnsStatsColumnNeedClose2($i: ColumnNeedCloseInput!) {\n          columnNeedClose(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ColumnsStatsColumnNeedClose2($i: ColumnNeedCloseInput!) {\n          columnNeedClose(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ColumnsStatsColumnNeedClose3($i: ColumnNeedCloseInput!) {\n        columnNeedClose(input: $i) {\n          need {\n            status\n            amountFinanced\n            rating\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation ColumnsStatsColumnNeedClose3($i: ColumnNeedCloseInput!) {\n        columnNeedClose(input: $i) {\n          need {\n            status\n            amountFinanced\n            rating\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ColumnsStatsMyColumnNeeds {\n            myColumnNeeds(first: 10, filter: { column: TALENT }) {\n              nodes {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ColumnsStatsMyColumnNeeds {\n            myColumnNeeds(first: 10, filter: { column: TALENT }) {\n              nodes {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColumnsTalentAdvisoryTalentNeedSubmit($i: TalentNeedSubmitInput!) {\n    talentNeedSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n        talent {\n          deadline\n          services\n          positions {\n            title\n            headcount\n            skills\n            salaryMin\n            salaryMax\n          }\n        }\n        institutions {\n          name\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ColumnsTalentAdvisoryTalentNeedSubmit($i: TalentNeedSubmitInput!) {\n    talentNeedSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n        talent {\n          deadline\n          services\n          positions {\n            title\n            headcount\n            skills\n            salaryMin\n            salaryMax\n          }\n        }\n        institutions {\n          name\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColumnsTalentAdvisoryDiagnosisRequestSubmit($i: DiagnosisRequestSubmitInput!) {\n    diagnosisRequestSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n        category\n        diagnosis {\n          category\n          categoryLabel\n          group\n          onSite\n        }\n        institutions {\n          name\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ColumnsTalentAdvisoryDiagnosisRequestSubmit($i: DiagnosisRequestSubmitInput!) {\n    diagnosisRequestSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n        category\n        diagnosis {\n          category\n          categoryLabel\n          group\n          onSite\n        }\n        institutions {\n          name\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ColumnsTalentAdvisoryColumnNeedReply($i: ColumnNeedReplyInput!) {\n          columnNeedReply(input: $i) {\n            need {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ColumnsTalentAdvisoryColumnNeedReply($i: ColumnNeedReplyInput!) {\n          columnNeedReply(input: $i) {\n            need {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ColumnsTalentAdvisoryColumnNeed($id: ID!) {\n            columnNeed(id: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query ColumnsTalentAdvisoryColumnNeed($id: ID!) {\n            columnNeed(id: $id) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsTalentAdvisoryServiceCatalogue {\n          serviceCatalogue(column: TECHNOLOGY) {\n            code\n            label\n            group\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsTalentAdvisoryServiceCatalogue {\n          serviceCatalogue(column: TECHNOLOGY) {\n            code\n            label\n            group\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsTalentAdvisoryServiceCatalogue2 {\n          serviceCatalogue(column: CONSULTING) {\n            code\n            label\n            group\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsTalentAdvisoryServiceCatalogue2 {\n          serviceCatalogue(column: CONSULTING) {\n            code\n            label\n            group\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ColumnsTalentAdvisoryInstitutionColumnNeeds {\n              institutionColumnNeeds(first: 10) {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query ColumnsTalentAdvisoryInstitutionColumnNeeds {\n              institutionColumnNeeds(first: 10) {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsTalentAdvisoryInstitutionColumnNeeds2 {\n          institutionColumnNeeds(first: 10) {\n            totalCount\n            nodes {\n              id\n              title\n              enterpriseProfile {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsTalentAdvisoryInstitutionColumnNeeds2 {\n          institutionColumnNeeds(first: 10) {\n            totalCount\n            nodes {\n              id\n              title\n              enterpriseProfile {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ColumnsTalentAdvisoryColumnNeedReply2($i: ColumnNeedReplyInput!) {\n          columnNeedReply(input: $i) {\n            need {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ColumnsTalentAdvisoryColumnNeedReply2($i: ColumnNeedReplyInput!) {\n          columnNeedReply(input: $i) {\n            need {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColumnsTalentAdvisoryMyColumnNeeds {\n          myColumnNeeds(first: 100) {\n            totalCount\n            nodes {\n              title\n              institutions {\n                name\n              }\n              replies {\n                body\n                institution {\n                  name\n                }\n              }\n              talent {\n                deadline\n              }\n              diagnosis {\n                group\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ColumnsTalentAdvisoryMyColumnNeeds {\n          myColumnNeeds(first: 100) {\n            totalCount\n            nodes {\n              title\n              institutions {\n                name\n              }\n              replies {\n                body\n                institution {\n                  name\n                }\n              }\n              talent {\n                deadline\n              }\n              diagnosis {\n                group\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DemandTestDemand on Demand {\n    id\n    name\n    status\n    visibility\n    regionName\n    periodStart\n    periodEnd\n    budget\n    offers {\n      id\n      plan\n      status\n      institution {\n        name\n      }\n    }\n    docking {\n      id\n      status\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment DemandTestDemand on Demand {\n    id\n    name\n    status\n    visibility\n    regionName\n    periodStart\n    periodEnd\n    budget\n    offers {\n      id\n      plan\n      status\n      institution {\n        name\n      }\n    }\n    docking {\n      id\n      status\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemandDemandCreate($i: DemandCreateInput!) {\n    demandCreate(input: $i) {\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DemandDemandCreate($i: DemandCreateInput!) {\n    demandCreate(input: $i) {\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemandDemandReview($i: DemandReviewInput!) {\n    demandReview(input: $i) {\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DemandDemandReview($i: DemandReviewInput!) {\n    demandReview(input: $i) {\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemandDemandOffer($i: DemandOfferInput!) {\n    demandOffer(input: $i) {\n      offer {\n        id\n        status\n      }\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DemandDemandOffer($i: DemandOfferInput!) {\n    demandOffer(input: $i) {\n      offer {\n        id\n        status\n      }\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemandDemandChooseOffer($i: DemandChooseInput!) {\n    demandChooseOffer(input: $i) {\n      docking {\n        id\n        status\n        kind\n        resolutionDue\n        firstResponseAt\n      }\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DemandDemandChooseOffer($i: DemandChooseInput!) {\n    demandChooseOffer(input: $i) {\n      docking {\n        id\n        status\n        kind\n        resolutionDue\n        firstResponseAt\n      }\n      demand {\n        ...DemandTestDemand\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemandDemands {\n    demands(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemandDemands {\n    demands(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DemandDemandHandlingRules {\n          demandHandlingRules {\n            version\n            scope\n            reviewStandards\n            process\n            tracking\n          }\n        }\n      "): (typeof documents)["\n        query DemandDemandHandlingRules {\n          demandHandlingRules {\n            version\n            scope\n            reviewStandards\n            process\n            tracking\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DemandDemandDispatch($i: DemandDispatchInput!) {\n          demandDispatch(input: $i) {\n            demand {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation DemandDemandDispatch($i: DemandDispatchInput!) {\n          demandDispatch(input: $i) {\n            demand {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DemandDemand($id: ID!) {\n          demand(id: $id) {\n            offers {\n              plan\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DemandDemand($id: ID!) {\n          demand(id: $id) {\n            offers {\n              plan\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DemandDemand2($id: ID!) {\n          demand(id: $id) {\n            offers {\n              plan\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DemandDemand2($id: ID!) {\n          demand(id: $id) {\n            offers {\n              plan\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DemandDockingStart($i: DockingActionInput!) {\n        dockingStart(input: $i) {\n          docking {\n            status\n            demand {\n              name\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation DemandDockingStart($i: DockingActionInput!) {\n        dockingStart(input: $i) {\n          docking {\n            status\n            demand {\n              name\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DemandDockingComplete($i: DockingActionInput!) {\n        dockingComplete(input: $i) {\n          docking {\n            status\n            demand {\n              name\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation DemandDockingComplete($i: DockingActionInput!) {\n        dockingComplete(input: $i) {\n          docking {\n            status\n            demand {\n              name\n            }\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DemandDockingEvaluate($i: DockingEvaluateInput!) {\n          dockingEvaluate(input: $i) {\n            docking {\n              evaluation {\n                average\n              }\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation DemandDockingEvaluate($i: DockingEvaluateInput!) {\n          dockingEvaluate(input: $i) {\n            docking {\n              evaluation {\n                average\n              }\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query DemandDemand3($id: ID!) {\n              demand(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query DemandDemand3($id: ID!) {\n              demand(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DemandDemandDispatch2($i: DemandDispatchInput!) {\n          demandDispatch(input: $i) {\n            demand {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation DemandDemandDispatch2($i: DemandDispatchInput!) {\n          demandDispatch(input: $i) {\n            demand {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DemandMyReminders {\n        myReminders(first: 100) {\n          nodes {\n            kind\n            demandId\n          }\n        }\n      }\n    "): (typeof documents)["\n      query DemandMyReminders {\n        myReminders(first: 100) {\n          nodes {\n            kind\n            demandId\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DemandDemandCancel($i: DemandRefInput!) {\n        demandCancel(input: $i) {\n          demand {\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation DemandDemandCancel($i: DemandRefInput!) {\n        demandCancel(input: $i) {\n          demand {\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DemandDemands2 {\n          demands(first: 100) {\n            totalCount\n            nodes {\n              id\n              name\n              regionName\n              offers {\n                plan\n                institution {\n                  name\n                }\n              }\n              docking {\n                status\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DemandDemands2 {\n          demands(first: 100) {\n            totalCount\n            nodes {\n              id\n              name\n              regionName\n              offers {\n                plan\n                institution {\n                  name\n                }\n              }\n              docking {\n                status\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DemandDockings {\n        dockings(first: 50) {\n          totalCount\n          nodes {\n            id\n            status\n            demand {\n              name\n            }\n            product {\n              name\n            }\n            enterprise {\n              name\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query DemandDockings {\n        dockings(first: 50) {\n          totalCount\n          nodes {\n            id\n            status\n            demand {\n              name\n            }\n            product {\n              name\n            }\n            enterprise {\n              name\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingHolidaysDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n        firstResponseDue\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DockingHolidaysDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n        firstResponseDue\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DockingHolidaysDocking($id: ID!) {\n    docking(id: $id) {\n      timeline {\n        type\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query DockingHolidaysDocking($id: ID!) {\n    docking(id: $id) {\n      timeline {\n        type\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingHolidaysWorkingDayOverrideSet($i: WorkingDayOverrideInput!) {\n    workingDayOverrideSet(input: $i) {\n      day {\n        date\n        working\n        source\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DockingHolidaysWorkingDayOverrideSet($i: WorkingDayOverrideInput!) {\n    workingDayOverrideSet(input: $i) {\n      day {\n        date\n        working\n        source\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingHolidaysWorkingDayOverrideRemove($i: WorkingDayOverrideRemoveInput!) {\n    workingDayOverrideRemove(input: $i) {\n      day {\n        date\n        working\n        source\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DockingHolidaysWorkingDayOverrideRemove($i: WorkingDayOverrideRemoveInput!) {\n    workingDayOverrideRemove(input: $i) {\n      day {\n        date\n        working\n        source\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DockingHolidaysWorkingDays {\n          workingDays(from: \"2026-10-09\", days: 5) {\n            date\n            working\n            source\n            publicCalendarKnown\n          }\n        }\n      "): (typeof documents)["\n        query DockingHolidaysWorkingDays {\n          workingDays(from: \"2026-10-09\", days: 5) {\n            date\n            working\n            source\n            publicCalendarKnown\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DockingHolidaysWorkingDayOverrides {\n          workingDayOverrides(year: 2026) {\n            date\n            workday\n            note\n          }\n        }\n      "): (typeof documents)["\n        query DockingHolidaysWorkingDayOverrides {\n          workingDayOverrides(year: 2026) {\n            date\n            workday\n            note\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DockingSeedServiceProducts {\n          serviceProducts(first: 1) {\n            totalCount\n          }\n          activities(first: 1) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query DockingSeedServiceProducts {\n          serviceProducts(first: 1) {\n            totalCount\n          }\n          activities(first: 1) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingSlaDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n        firstResponseDue\n        resolutionDue\n        createdAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DockingSlaDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n        firstResponseDue\n        resolutionDue\n        createdAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingSlaDockingUrge($i: DockingActionInput!) {\n    dockingUrge(input: $i) {\n      docking {\n        urgeCount\n        escalationLevel\n        lastUrgedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DockingSlaDockingUrge($i: DockingActionInput!) {\n    dockingUrge(input: $i) {\n      docking {\n        urgeCount\n        escalationLevel\n        lastUrgedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DockingSlaDocking($id: ID!) {\n    docking(id: $id) {\n      escalationLevel\n      timeline {\n        type\n        party\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  query DockingSlaDocking($id: ID!) {\n    docking(id: $id) {\n      escalationLevel\n      timeline {\n        type\n        party\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DockingSlaMyReminders {\n    myReminders(first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        message\n        docking {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DockingSlaMyReminders {\n    myReminders(first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        message\n        docking {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription DockingSlaReminderReceived {\n          reminderReceived {\n            kind\n            message\n            docking {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        subscription DockingSlaReminderReceived {\n          reminderReceived {\n            kind\n            message\n            docking {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription DockingSlaReminderReceived2 {\n          reminderReceived {\n            kind\n            docking {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        subscription DockingSlaReminderReceived2 {\n          reminderReceived {\n            kind\n            docking {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription DockingSlaReminderReceived3 {\n          reminderReceived {\n            kind\n          }\n        }\n      "): (typeof documents)["\n        subscription DockingSlaReminderReceived3 {\n          reminderReceived {\n            kind\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query DockingSlaInstitutionSlaStatistics {\n              institutionSlaStatistics(first: 10) {\n                nodes {\n                  breached\n                  firstResponseOnTimeRate\n                }\n              }\n            }\n          "): (typeof documents)["\n            query DockingSlaInstitutionSlaStatistics {\n              institutionSlaStatistics(first: 10) {\n                nodes {\n                  breached\n                  firstResponseOnTimeRate\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription DockingSlaReminderReceived4 {\n          reminderReceived {\n            kind\n            docking {\n              id\n              escalationLevel\n              urgeCount\n            }\n          }\n        }\n      "): (typeof documents)["\n        subscription DockingSlaReminderReceived4 {\n          reminderReceived {\n            kind\n            docking {\n              id\n              escalationLevel\n              urgeCount\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DockingSlaDockingStatistics($id: ID) {\n        dockingStatistics(institutionId: $id) {\n          total\n          breached\n          urges\n          firstResponseOnTimeRate\n        }\n      }\n    "): (typeof documents)["\n      query DockingSlaDockingStatistics($id: ID) {\n        dockingStatistics(institutionId: $id) {\n          total\n          breached\n          urges\n          firstResponseOnTimeRate\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DockingSlaDockingAccept($i: DockingActionInput!) {\n        dockingAccept(input: $i) {\n          docking {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation DockingSlaDockingAccept($i: DockingActionInput!) {\n        dockingAccept(input: $i) {\n          docking {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DockingSlaInstitutionSlaStatistics2 {\n            institutionSlaStatistics(first: 100) {\n              nodes {\n                institution {\n                  id\n                }\n                breached\n                urges\n              }\n            }\n          }\n        "): (typeof documents)["\n          query DockingSlaInstitutionSlaStatistics2 {\n            institutionSlaStatistics(first: 100) {\n              nodes {\n                institution {\n                  id\n                }\n                breached\n                urges\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DockingSlaDockingAccept2($i: DockingActionInput!) {\n          dockingAccept(input: $i) {\n            docking {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation DockingSlaDockingAccept2($i: DockingActionInput!) {\n          dockingAccept(input: $i) {\n            docking {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DockingSlaDockingMessageSend($i: DockingMessageInput!) {\n          dockingMessageSend(input: $i) {\n            docking {\n              awaitingReplySince\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation DockingSlaDockingMessageSend($i: DockingMessageInput!) {\n          dockingMessageSend(input: $i) {\n            docking {\n              awaitingReplySince\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DockingSlaDockingStatistics2 {\n            dockingStatistics {\n              firstResponseOnTimeRate\n              responded\n            }\n          }\n        "): (typeof documents)["\n          query DockingSlaDockingStatistics2 {\n            dockingStatistics {\n              firstResponseOnTimeRate\n              responded\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DockingSlaInstitutionStaffAdd($i: InstitutionStaffAddInput!) {\n          institutionStaffAdd(input: $i) {\n            institution {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation DockingSlaInstitutionStaffAdd($i: InstitutionStaffAddInput!) {\n          institutionStaffAdd(input: $i) {\n            institution {\n              id\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DockingSlaInstitutionDockingSettingsUpdate($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            settings {\n              responsibleDepartment\n              responsiblePersonId\n              firstResponseMinutes\n              replyMinutes\n              resolutionMinutes\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation DockingSlaInstitutionDockingSettingsUpdate($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            settings {\n              responsibleDepartment\n              responsiblePersonId\n              firstResponseMinutes\n              replyMinutes\n              resolutionMinutes\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DockingSlaInstitutionDockingSettingsUpdate2($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation DockingSlaInstitutionDockingSettingsUpdate2($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DockingSlaInstitutionDockingSettingsUpdate3($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation DockingSlaInstitutionDockingSettingsUpdate3($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DockingSlaPlatformDockingSla {\n        platformDockingSla {\n          firstResponseMinutes\n          replyMinutes\n          resolutionMinutes\n          builtIn\n          updatedAt\n        }\n      }\n    "): (typeof documents)["\n      query DockingSlaPlatformDockingSla {\n        platformDockingSla {\n          firstResponseMinutes\n          replyMinutes\n          resolutionMinutes\n          builtIn\n          updatedAt\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DockingSlaPlatformDockingSlaUpdate($i: PlatformDockingSlaInput!) {\n        platformDockingSlaUpdate(input: $i) {\n          sla {\n            firstResponseMinutes\n            replyMinutes\n            resolutionMinutes\n            builtIn\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation DockingSlaPlatformDockingSlaUpdate($i: PlatformDockingSlaInput!) {\n        platformDockingSlaUpdate(input: $i) {\n          sla {\n            firstResponseMinutes\n            replyMinutes\n            resolutionMinutes\n            builtIn\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DockingSlaInstitutionDockingSettingsUpdate4($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            settings {\n              firstResponseMinutes\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation DockingSlaInstitutionDockingSettingsUpdate4($i: InstitutionDockingSettingsInput!) {\n          institutionDockingSettingsUpdate(input: $i) {\n            settings {\n              firstResponseMinutes\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DockingSlaMyDockingSettings {\n            myDockingSettings {\n              firstResponseMinutes\n              replyMinutes\n              resolutionMinutes\n            }\n          }\n        "): (typeof documents)["\n          query DockingSlaMyDockingSettings {\n            myDockingSettings {\n              firstResponseMinutes\n              replyMinutes\n              resolutionMinutes\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DockingSlaPlatformDockingSlaReset {\n        platformDockingSlaReset {\n          sla {\n            firstResponseMinutes\n            replyMinutes\n            resolutionMinutes\n            builtIn\n            updatedAt\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation DockingSlaPlatformDockingSlaReset {\n        platformDockingSlaReset {\n          sla {\n            firstResponseMinutes\n            replyMinutes\n            resolutionMinutes\n            builtIn\n            updatedAt\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query DockingSlaMyDockingSettings2 {\n              myDockingSettings {\n                firstResponseMinutes\n                replyMinutes\n                resolutionMinutes\n              }\n            }\n          "): (typeof documents)["\n            query DockingSlaMyDockingSettings2 {\n              myDockingSettings {\n                firstResponseMinutes\n                replyMinutes\n                resolutionMinutes\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DockingTestPayload on DockingPayload {\n    docking {\n      id\n      status\n      kind\n      needs\n      firstResponseAt\n      acceptedAt\n      serviceStartedAt\n      finishedAt\n      firstResponseDue\n      resolutionDue\n      urgeCount\n      escalationLevel\n      timeline {\n        type\n        party\n        body\n        at\n      }\n      messages {\n        body\n        party\n      }\n      evaluation {\n        quality\n        average\n        comment\n        reply\n      }\n      enterprise {\n        name\n        verified\n      }\n      product {\n        name\n      }\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n"): (typeof documents)["\n  fragment DockingTestPayload on DockingPayload {\n    docking {\n      id\n      status\n      kind\n      needs\n      firstResponseAt\n      acceptedAt\n      serviceStartedAt\n      finishedAt\n      firstResponseDue\n      resolutionDue\n      urgeCount\n      escalationLevel\n      timeline {\n        type\n        party\n        body\n        at\n      }\n      messages {\n        body\n        party\n      }\n      evaluation {\n        quality\n        average\n        comment\n        reply\n      }\n      enterprise {\n        name\n        verified\n      }\n      product {\n        name\n      }\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"): (typeof documents)["\n  mutation DockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingMessageSend($i: DockingMessageInput!) {\n    dockingMessageSend(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"): (typeof documents)["\n  mutation DockingMessageSend($i: DockingMessageInput!) {\n    dockingMessageSend(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingEvaluate($i: DockingEvaluateInput!) {\n    dockingEvaluate(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"): (typeof documents)["\n  mutation DockingEvaluate($i: DockingEvaluateInput!) {\n    dockingEvaluate(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingEvaluationReply($i: DockingEvaluationReplyInput!) {\n    dockingEvaluationReply(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"): (typeof documents)["\n  mutation DockingEvaluationReply($i: DockingEvaluationReplyInput!) {\n    dockingEvaluationReply(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingAccept($i: DockingActionInput!) {\n    dockingAccept(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"): (typeof documents)["\n  mutation DockingAccept($i: DockingActionInput!) {\n    dockingAccept(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingStart($i: DockingActionInput!) {\n    dockingStart(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"): (typeof documents)["\n  mutation DockingStart($i: DockingActionInput!) {\n    dockingStart(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingComplete($i: DockingActionInput!) {\n    dockingComplete(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"): (typeof documents)["\n  mutation DockingComplete($i: DockingActionInput!) {\n    dockingComplete(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingDecline($i: DockingActionInput!) {\n    dockingDecline(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"): (typeof documents)["\n  mutation DockingDecline($i: DockingActionInput!) {\n    dockingDecline(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingCancel($i: DockingActionInput!) {\n    dockingCancel(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"): (typeof documents)["\n  mutation DockingCancel($i: DockingActionInput!) {\n    dockingCancel(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingClose($i: DockingActionInput!) {\n    dockingClose(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"): (typeof documents)["\n  mutation DockingClose($i: DockingActionInput!) {\n    dockingClose(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DockingUrge($i: DockingActionInput!) {\n    dockingUrge(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"): (typeof documents)["\n  mutation DockingUrge($i: DockingActionInput!) {\n    dockingUrge(input: $i) {\n      ...DockingTestPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DockingTimeline($id: ID!) {\n    docking(id: $id) {\n      timeline {\n        type\n        party\n        at\n      }\n      messages {\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  query DockingTimeline($id: ID!) {\n    docking(id: $id) {\n      timeline {\n        type\n        party\n        at\n      }\n      messages {\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DockingOne($id: ID!) {\n    docking(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query DockingOne($id: ID!) {\n    docking(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DockingCount {\n    dockings(first: 100) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DockingCount {\n    dockings(first: 100) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DockingStatistics {\n    dockingStatistics {\n      total\n      open\n      responded\n      byStatus {\n        status\n        count\n      }\n      averageRating\n      firstResponseOnTimeRate\n    }\n  }\n"): (typeof documents)["\n  query DockingStatistics {\n    dockingStatistics {\n      total\n      open\n      responded\n      byStatus {\n        status\n        count\n      }\n      averageRating\n      firstResponseOnTimeRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DockingPublicSummaries {\n    serviceProducts(first: 100) {\n      nodes {\n        id\n        dockingSummary {\n          requests\n          completed\n          averageRating\n        }\n        institution {\n          dockingSummary {\n            completed\n            evaluations\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DockingPublicSummaries {\n    serviceProducts(first: 100) {\n      nodes {\n        id\n        dockingSummary {\n          requests\n          completed\n          averageRating\n        }\n        institution {\n          dockingSummary {\n            completed\n            evaluations\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DockingList {\n    dockings(first: 100) {\n      totalCount\n      nodes {\n        id\n        status\n        product {\n          name\n        }\n        institution {\n          name\n        }\n        enterprise {\n          name\n        }\n        evaluation {\n          average\n        }\n        timeline {\n          type\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DockingList {\n    dockings(first: 100) {\n      totalCount\n      nodes {\n        id\n        status\n        product {\n          name\n        }\n        institution {\n          name\n        }\n        enterprise {\n          name\n        }\n        evaluation {\n          average\n        }\n        timeline {\n          type\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DockingSlaStatistics {\n    institutionSlaStatistics(first: 10) {\n      totalCount\n      nodes {\n        institution {\n          name\n        }\n        total\n        breached\n        urges\n      }\n    }\n  }\n"): (typeof documents)["\n  query DockingSlaStatistics {\n    institutionSlaStatistics(first: 10) {\n      totalCount\n      nodes {\n        institution {\n          name\n        }\n        total\n        breached\n        urges\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DockingSlaCount {\n    institutionSlaStatistics(first: 10) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DockingSlaCount {\n    institutionSlaStatistics(first: 10) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DockingUpdated($id: ID) {\n    dockingUpdated(dockingId: $id) {\n      docking {\n        id\n        status\n      }\n      event {\n        type\n        party\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DockingUpdated($id: ID) {\n    dockingUpdated(dockingId: $id) {\n      docking {\n        id\n        status\n      }\n      event {\n        type\n        party\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DockingUpdatedTimeline($id: ID) {\n    dockingUpdated(dockingId: $id) {\n      docking {\n        status\n        timeline {\n          type\n          body\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DockingUpdatedTimeline($id: ID) {\n    dockingUpdated(dockingId: $id) {\n      docking {\n        status\n        timeline {\n          type\n          body\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EnterpriseMe {\n          me {\n            roles\n            enterpriseRole\n            enterprise {\n              name\n              sizeClass\n              regionName\n              industryName\n              members {\n                displayName\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EnterpriseMe {\n          me {\n            roles\n            enterpriseRole\n            enterprise {\n              name\n              sizeClass\n              regionName\n              industryName\n              members {\n                displayName\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EnterpriseEnterprise($id: ID!) {\n          enterprise(id: $id) {\n            name\n            contactPhone\n            revenue\n          }\n        }\n      "): (typeof documents)["\n        query EnterpriseEnterprise($id: ID!) {\n          enterprise(id: $id) {\n            name\n            contactPhone\n            revenue\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EnterpriseEnterprise2($id: ID!) {\n          enterprise(id: $id) {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query EnterpriseEnterprise2($id: ID!) {\n          enterprise(id: $id) {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EnterpriseEnterprises {\n          enterprises(first: 10) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query EnterpriseEnterprises {\n          enterprises(first: 10) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EnterpriseEnterpriseReview($i: EnterpriseReviewInput!) {\n          enterpriseReview(input: $i) {\n            errors {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation EnterpriseEnterpriseReview($i: EnterpriseReviewInput!) {\n          enterpriseReview(input: $i) {\n            errors {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EnterpriseEnterprise3($id: ID!) {\n          enterprise(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query EnterpriseEnterprise3($id: ID!) {\n          enterprise(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription EnterpriseMyEnterpriseReviewed {\n        myEnterpriseReviewed {\n          status\n          reason\n          enterprise {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      subscription EnterpriseMyEnterpriseReviewed {\n        myEnterpriseReviewed {\n          status\n          reason\n          enterprise {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EnterpriseEnterpriseReview2($i: EnterpriseReviewInput!) {\n        enterpriseReview(input: $i) {\n          enterprise {\n            status\n            reviewReason\n          }\n          errors {\n            code\n            field\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation EnterpriseEnterpriseReview2($i: EnterpriseReviewInput!) {\n        enterpriseReview(input: $i) {\n          enterprise {\n            status\n            reviewReason\n          }\n          errors {\n            code\n            field\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EnterpriseMe2 {\n          me {\n            enterprise {\n              status\n              reviewReason\n              reviewedAt\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EnterpriseMe2 {\n          me {\n            enterprise {\n              status\n              reviewReason\n              reviewedAt\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EnterpriseEnterprises2 {\n        enterprises(first: 100, filter: { nameContains: \"站点专属\" }) {\n          totalCount\n          nodes {\n            site {\n              code\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query EnterpriseEnterprises2 {\n        enterprises(first: 100, filter: { nameContains: \"站点专属\" }) {\n          totalCount\n          nodes {\n            site {\n              code\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EnterpriseEnterpriseUpdate($i: EnterpriseUpdateInput!) {\n      enterpriseUpdate(input: $i) {\n        enterprise {\n          name\n          sizeClass\n          status\n          employees\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation EnterpriseEnterpriseUpdate($i: EnterpriseUpdateInput!) {\n      enterpriseUpdate(input: $i) {\n        enterprise {\n          name\n          sizeClass\n          status\n          employees\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EnterpriseEnterpriseReview3($i: EnterpriseReviewInput!) {\n          enterpriseReview(input: $i) {\n            errors {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation EnterpriseEnterpriseReview3($i: EnterpriseReviewInput!) {\n          enterpriseReview(input: $i) {\n            errors {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EnterpriseEnterpriseMemberAdd($i: EnterpriseMemberAddInput!) {\n        enterpriseMemberAdd(input: $i) {\n          enterprise {\n            members {\n              id\n              displayName\n              enterpriseRole\n            }\n          }\n          errors {\n            code\n            field\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation EnterpriseEnterpriseMemberAdd($i: EnterpriseMemberAddInput!) {\n        enterpriseMemberAdd(input: $i) {\n          enterprise {\n            members {\n              id\n              displayName\n              enterpriseRole\n            }\n          }\n          errors {\n            code\n            field\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query EnterpriseMyEnterpriseInvitations {\n            myEnterpriseInvitations {\n              id\n              enterpriseName\n              invitedByName\n            }\n          }\n        "): (typeof documents)["\n          query EnterpriseMyEnterpriseInvitations {\n            myEnterpriseInvitations {\n              id\n              enterpriseName\n              invitedByName\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EnterpriseEnterpriseInvitationAccept($i: EnterpriseInvitationInput!) {\n          enterpriseInvitationAccept(input: $i) {\n            joined\n            errors {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation EnterpriseEnterpriseInvitationAccept($i: EnterpriseInvitationInput!) {\n          enterpriseInvitationAccept(input: $i) {\n            joined\n            errors {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query EnterpriseMe3 {\n            me {\n              enterprise {\n                members {\n                  id\n                  enterpriseRole\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query EnterpriseMe3 {\n            me {\n              enterprise {\n                members {\n                  id\n                  enterpriseRole\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EnterpriseMe4 {\n          me {\n            enterprise {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EnterpriseMe4 {\n          me {\n            enterprise {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EnterpriseEnterpriseMemberRemove($i: EnterpriseMemberRemoveInput!) {\n          enterpriseMemberRemove(input: $i) {\n            enterprise {\n              members {\n                displayName\n              }\n            }\n            errors {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation EnterpriseEnterpriseMemberRemove($i: EnterpriseMemberRemoveInput!) {\n          enterpriseMemberRemove(input: $i) {\n            enterprise {\n              members {\n                displayName\n              }\n            }\n            errors {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query EnterpriseMe5 {\n              me {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query EnterpriseMe5 {\n              me {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpGuides($audience: GuideAudience) {\n    guides(audience: $audience) {\n      slug\n      title\n      audience\n      summary\n      sections {\n        heading\n        blocks {\n          kind\n          text\n          items\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpGuides($audience: GuideAudience) {\n    guides(audience: $audience) {\n      slug\n      title\n      audience\n      summary\n      sections {\n        heading\n        blocks {\n          kind\n          text\n          items\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpGuide {\n    guide(slug: \"enterprise-start\") {\n      title\n      markdown\n      sections {\n        heading\n        blocks {\n          kind\n          items\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpGuide {\n    guide(slug: \"enterprise-start\") {\n      title\n      markdown\n      sections {\n        heading\n        blocks {\n          kind\n          items\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpGuideUnknownSlug {\n    guide(slug: \"<script>alert(1)</script>\") {\n      slug\n    }\n  }\n"): (typeof documents)["\n  query HelpGuideUnknownSlug {\n    guide(slug: \"<script>alert(1)</script>\") {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      idleTimeoutSeconds\n      account {\n        displayName\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      idleTimeoutSeconds\n      account {\n        displayName\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityMe {\n          me {\n            displayName\n          }\n        }\n      "): (typeof documents)["\n        query IdentityMe {\n          me {\n            displayName\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query IdentityMe2 {\n              me {\n                displayName\n              }\n            }\n          "): (typeof documents)["\n            query IdentityMe2 {\n              me {\n                displayName\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IdentityLogout {\n          logout {\n            revoked\n          }\n        }\n      "): (typeof documents)["\n        mutation IdentityLogout {\n          logout {\n            revoked\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query IdentityMe3 {\n              me {\n                displayName\n              }\n            }\n          "): (typeof documents)["\n            query IdentityMe3 {\n              me {\n                displayName\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query IdentityMe4 {\n              me {\n                displayName\n              }\n            }\n          "): (typeof documents)["\n            query IdentityMe4 {\n              me {\n                displayName\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query IdentityMe5 {\n              me {\n                displayName\n              }\n            }\n          "): (typeof documents)["\n            query IdentityMe5 {\n              me {\n                displayName\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IdentityPasswordChange($i: PasswordChangeInput!) {\n          passwordChange(input: $i) {\n            account {\n              id\n            }\n            errors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation IdentityPasswordChange($i: PasswordChangeInput!) {\n          passwordChange(input: $i) {\n            account {\n              id\n            }\n            errors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query IdentityMe6 {\n              me {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query IdentityMe6 {\n              me {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query IdentityMe7 {\n              me {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query IdentityMe7 {\n              me {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation IdentityLogin2($i: LoginInput!) {\n      login(input: $i) {\n        errors {\n          code\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation IdentityLogin2($i: LoginInput!) {\n      login(input: $i) {\n        errors {\n          code\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation IdentityAccountRolesSet($i: AccountRolesSetInput!) {\n      accountRolesSet(input: $i) {\n        account {\n          roles\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation IdentityAccountRolesSet($i: AccountRolesSetInput!) {\n      accountRolesSet(input: $i) {\n        account {\n          roles\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IdentityStaffAccountCreate($i: StaffAccountCreateInput!) {\n          staffAccountCreate(input: $i) {\n            account {\n              id\n              roles\n            }\n            errors {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation IdentityStaffAccountCreate($i: StaffAccountCreateInput!) {\n          staffAccountCreate(input: $i) {\n            account {\n              id\n              roles\n            }\n            errors {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityAuditLog {\n          auditLog(first: 50, filter: { operation: \"account.create\" }) {\n            totalCount\n            nodes {\n              operation\n              result\n              actorId\n              ip\n              at\n            }\n          }\n        }\n      "): (typeof documents)["\n        query IdentityAuditLog {\n          auditLog(first: 50, filter: { operation: \"account.create\" }) {\n            totalCount\n            nodes {\n              operation\n              result\n              actorId\n              ip\n              at\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityAuditLog2 {\n          auditLog(first: 1) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query IdentityAuditLog2 {\n          auditLog(first: 1) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityAccounts($s: String) {\n          accounts(first: 10, filter: { locked: true, search: $s }) {\n            totalCount\n            nodes {\n              id\n              displayName\n              locked\n              disabled\n            }\n          }\n        }\n      "): (typeof documents)["\n        query IdentityAccounts($s: String) {\n          accounts(first: 10, filter: { locked: true, search: $s }) {\n            totalCount\n            nodes {\n              id\n              displayName\n              locked\n              disabled\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IdentityAccountStatusSet($i: AccountStatusSetInput!) {\n        accountStatusSet(input: $i) {\n          account {\n            locked\n            disabled\n          }\n          errors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation IdentityAccountStatusSet($i: AccountStatusSetInput!) {\n        accountStatusSet(input: $i) {\n          account {\n            locked\n            disabled\n          }\n          errors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query IdentityMe8 {\n              me {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query IdentityMe8 {\n              me {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityAccounts2 {\n          accounts(first: 1) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query IdentityAccounts2 {\n          accounts(first: 1) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstitutionInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) {\n      institution {\n        id\n        name\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InstitutionInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) {\n      institution {\n        id\n        name\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstitutionInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) {\n      institution {\n        status\n        reviewReason\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InstitutionInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) {\n      institution {\n        status\n        reviewReason\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InstitutionInstitution($id: ID!) {\n          institution(id: $id) {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query InstitutionInstitution($id: ID!) {\n          institution(id: $id) {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InstitutionInstitutions {\n          institutions(first: 10) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query InstitutionInstitutions {\n          institutions(first: 10) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InstitutionInstitutions2 {\n          institutions(first: 10, filter: { column: FINANCING, regionCode: \"340104\" }) {\n            totalCount\n            nodes {\n              name\n              responsibleDepartment\n              staff {\n                displayName\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query InstitutionInstitutions2 {\n          institutions(first: 10, filter: { column: FINANCING, regionCode: \"340104\" }) {\n            totalCount\n            nodes {\n              name\n              responsibleDepartment\n              staff {\n                displayName\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InstitutionInstitutionStaffAdd($i: InstitutionStaffAddInput!) {\n          institutionStaffAdd(input: $i) {\n            institution {\n              staff {\n                displayName\n              }\n            }\n            errors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation InstitutionInstitutionStaffAdd($i: InstitutionStaffAddInput!) {\n          institutionStaffAdd(input: $i) {\n            institution {\n              staff {\n                displayName\n              }\n            }\n            errors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InstitutionMe {\n          me {\n            roles\n            institution {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query InstitutionMe {\n          me {\n            roles\n            institution {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InstitutionInstitutionStaffAdd2($i: InstitutionStaffAddInput!) {\n          institutionStaffAdd(input: $i) {\n            errors {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation InstitutionInstitutionStaffAdd2($i: InstitutionStaffAddInput!) {\n          institutionStaffAdd(input: $i) {\n            errors {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InstitutionMe2 {\n          me {\n            institution {\n              status\n              reviewReason\n            }\n          }\n        }\n      "): (typeof documents)["\n        query InstitutionMe2 {\n          me {\n            institution {\n              status\n              reviewReason\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsDeadLetters($q: String, $first: Int) {\n    jobDeadLetters(queue: $q, first: $first) {\n      totalCount\n      nodes {\n        id\n        queue\n        payload\n        attempts\n        maxAttempts\n        lastError\n        failedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobsDeadLetters($q: String, $first: Int) {\n    jobDeadLetters(queue: $q, first: $first) {\n      totalCount\n      nodes {\n        id\n        queue\n        payload\n        attempts\n        maxAttempts\n        lastError\n        failedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsRetry($i: JobRetryInput!) {\n    jobRetry(input: $i) {\n      job {\n        id\n        queue\n        attempts\n        failedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JobsRetry($i: JobRetryInput!) {\n    jobRetry(input: $i) {\n      job {\n        id\n        queue\n        attempts\n        failedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LimitsCurrentSite {\n          currentSite {\n            code\n          }\n        }\n      "): (typeof documents)["\n        query LimitsCurrentSite {\n          currentSite {\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModulesQueryFields {\n    __schema {\n      queryType {\n        fields {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModulesQueryFields {\n    __schema {\n      queryType {\n        fields {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModulesSearchAndSite {\n    search(input: { query: \"融资\" }) {\n      totalCount\n    }\n    currentSite {\n      code\n    }\n  }\n"): (typeof documents)["\n  query ModulesSearchAndSite {\n    search(input: { query: \"融资\" }) {\n      totalCount\n    }\n    currentSite {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeFields on Notice {\n    id\n    title\n    body\n    pinned\n    provinceOnly\n    publishedAt\n    site {\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment NoticeFields on Notice {\n    id\n    title\n    body\n    pinned\n    provinceOnly\n    publishedAt\n    site {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeCreate($i: NoticeCreateInput!) {\n    noticeCreate(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeCreate($i: NoticeCreateInput!) {\n    noticeCreate(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeUpdate($i: NoticeUpdateInput!) {\n    noticeUpdate(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeUpdate($i: NoticeUpdateInput!) {\n    noticeUpdate(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticePublish($i: NoticeIdInput!) {\n    noticePublish(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticePublish($i: NoticeIdInput!) {\n    noticePublish(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeUnpublish($i: NoticeIdInput!) {\n    noticeUnpublish(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeUnpublish($i: NoticeIdInput!) {\n    noticeUnpublish(input: $i) {\n      notice {\n        ...NoticeFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeDelete($i: NoticeIdInput!) {\n    noticeDelete(input: $i) {\n      deletedId\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeDelete($i: NoticeIdInput!) {\n    noticeDelete(input: $i) {\n      deletedId\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeList($d: Boolean) {\n    notices(first: 50, drafts: $d) {\n      totalCount\n      nodes {\n        ...NoticeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeList($d: Boolean) {\n    notices(first: 50, drafts: $d) {\n      totalCount\n      nodes {\n        ...NoticeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeOne($id: ID!) {\n    notice(id: $id) {\n      ...NoticeFields\n    }\n  }\n"): (typeof documents)["\n  query NoticeOne($id: ID!) {\n    notice(id: $id) {\n      ...NoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeFirstPage {\n    notices(first: 2) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeFirstPage {\n    notices(first: 2) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeNextPage($a: String) {\n    notices(first: 2, after: $a) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeNextPage($a: String) {\n    notices(first: 2, after: $a) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeTooMany {\n    notices(first: 101) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query NoticeTooMany {\n    notices(first: 101) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationMyNotifications($first: Int, $unreadOnly: Boolean, $kind: NotificationKind) {\n    myNotifications(first: $first, unreadOnly: $unreadOnly, kind: $kind) {\n      totalCount\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        readAt\n        deliveries {\n          channel\n          status\n          attempts\n          reason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationMyNotifications($first: Int, $unreadOnly: Boolean, $kind: NotificationKind) {\n    myNotifications(first: $first, unreadOnly: $unreadOnly, kind: $kind) {\n      totalCount\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        readAt\n        deliveries {\n          channel\n          status\n          attempts\n          reason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationMyUnreadNotificationCount {\n    myUnreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationMyUnreadNotificationCount {\n    myUnreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationMyNotificationPreferencesUpdate($i: NotificationPreferencesInput!) {\n    myNotificationPreferencesUpdate(input: $i) {\n      preferences {\n        quietStart\n        quietEnd\n        emailDailyCap\n        kinds {\n          kind\n          email\n          sms\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationMyNotificationPreferencesUpdate($i: NotificationPreferencesInput!) {\n    myNotificationPreferencesUpdate(input: $i) {\n      preferences {\n        quietStart\n        quietEnd\n        emailDailyCap\n        kinds {\n          kind\n          email\n          sms\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationDockingMessageSend($i: DockingMessageInput!) {\n    dockingMessageSend(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationDockingMessageSend($i: DockingMessageInput!) {\n    dockingMessageSend(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationNotificationDeliveries($status: DeliveryStatus) {\n    notificationDeliveries(first: 100, status: $status) {\n      totalCount\n      nodes {\n        id\n        notificationId\n        channel\n        status\n        attempts\n        reason\n        address\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationNotificationDeliveries($status: DeliveryStatus) {\n    notificationDeliveries(first: 100, status: $status) {\n      totalCount\n      nodes {\n        id\n        notificationId\n        channel\n        status\n        attempts\n        reason\n        address\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationActivityCreate($i: ActivityCreateInput!) {\n        activityCreate(input: $i) {\n          activity {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationActivityCreate($i: ActivityCreateInput!) {\n        activityCreate(input: $i) {\n          activity {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationActivityReview($i: ActivityReviewInput!) {\n        activityReview(input: $i) {\n          activity {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationActivityReview($i: ActivityReviewInput!) {\n        activityReview(input: $i) {\n          activity {\n            id\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationNotificationDeliveryRetry($id: ID!) {\n          notificationDeliveryRetry(id: $id) {\n            delivery {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationNotificationDeliveryRetry($id: ID!) {\n          notificationDeliveryRetry(id: $id) {\n            delivery {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationMyNotificationsMarkRead($i: NotificationsMarkReadInput!) {\n        myNotificationsMarkRead(input: $i) {\n          unreadCount\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationMyNotificationsMarkRead($i: NotificationsMarkReadInput!) {\n        myNotificationsMarkRead(input: $i) {\n          unreadCount\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation NotificationMyNotificationsMarkAllRead {\n            myNotificationsMarkAllRead {\n              unreadCount\n              errors {\n                ...TestUserError\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation NotificationMyNotificationsMarkAllRead {\n            myNotificationsMarkAllRead {\n              unreadCount\n              errors {\n                ...TestUserError\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationActivityRegister($i: ActivityRefInput!) {\n        activityRegister(input: $i) {\n          registration {\n            id\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationActivityRegister($i: ActivityRefInput!) {\n        activityRegister(input: $i) {\n          registration {\n            id\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription NotificationMyUnreadNotificationCountChanged {\n          myUnreadNotificationCountChanged\n        }\n      "): (typeof documents)["\n        subscription NotificationMyUnreadNotificationCountChanged {\n          myUnreadNotificationCountChanged\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationActivityRegistrationCancel($i: RegistrationRefInput!) {\n          activityRegistrationCancel(input: $i) {\n            registration {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationActivityRegistrationCancel($i: RegistrationRefInput!) {\n          activityRegistrationCancel(input: $i) {\n            registration {\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationActivityRegister2($i: ActivityRefInput!) {\n        activityRegister(input: $i) {\n          registration {\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationActivityRegister2($i: ActivityRefInput!) {\n        activityRegister(input: $i) {\n          registration {\n            status\n          }\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationNotificationUnsubscribe($t: String!) {\n        notificationUnsubscribe(token: $t) {\n          kind\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationNotificationUnsubscribe($t: String!) {\n        notificationUnsubscribe(token: $t) {\n          kind\n          errors {\n            ...TestUserError\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnerScopesCurrentSite {\n          currentSite {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query PartnerScopesCurrentSite {\n          currentSite {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerScopesApiClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      client {\n        id\n        clientId\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerScopesApiClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      client {\n        id\n        clientId\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerScopesApiClientRevoke($id: ID!) {\n    apiClientRevoke(id: $id) {\n      client {\n        revokedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerScopesApiClientRevoke($id: ID!) {\n    apiClientRevoke(id: $id) {\n      client {\n        revokedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerScopesApiClientConsentGrant($i: ApiClientConsentInput!) {\n    apiClientConsentGrant(input: $i) {\n      consent {\n        clientId\n        clientName\n        enterpriseId\n        enterpriseName\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerScopesApiClientConsentGrant($i: ApiClientConsentInput!) {\n    apiClientConsentGrant(input: $i) {\n      consent {\n        clientId\n        clientName\n        enterpriseId\n        enterpriseName\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerScopesApiClientConsentRevoke($i: ApiClientConsentInput!) {\n    apiClientConsentRevoke(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerScopesApiClientConsentRevoke($i: ApiClientConsentInput!) {\n    apiClientConsentRevoke(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerScopesApiClientConsents {\n    apiClientConsents(first: 10) {\n      totalCount\n      edges {\n        node {\n          clientId\n          enterpriseId\n          enterpriseName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerScopesApiClientConsents {\n    apiClientConsents(first: 10) {\n      totalCount\n      edges {\n        node {\n          clientId\n          enterpriseId\n          enterpriseName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerScopesEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      contactPhone\n      members {\n        id\n      }\n      createdBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerScopesEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      contactPhone\n      members {\n        id\n      }\n      createdBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PartnerScopesMyNotificationsMarkAllRead {\n        myNotificationsMarkAllRead {\n          errors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PartnerScopesMyNotificationsMarkAllRead {\n        myNotificationsMarkAllRead {\n          errors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnerScopesMyNotifications {\n          myNotifications(first: 1) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query PartnerScopesMyNotifications {\n          myNotifications(first: 1) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PartnerScopesMe {\n            me {\n              id\n            }\n            currentSite {\n              code\n            }\n          }\n        "): (typeof documents)["\n          query PartnerScopesMe {\n            me {\n              id\n            }\n            currentSite {\n              code\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PartnerScopesCurrentSite2 {\n            currentSite {\n              code\n            }\n          }\n        "): (typeof documents)["\n          query PartnerScopesCurrentSite2 {\n            currentSite {\n              code\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query PartnerScopesCurrentSite3 {\n                currentSite {\n                  code\n                }\n              }\n            "): (typeof documents)["\n              query PartnerScopesCurrentSite3 {\n                currentSite {\n                  code\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                query PartnerScopesCurrentSite4 {\n                  currentSite {\n                    code\n                  }\n                }\n              "): (typeof documents)["\n                query PartnerScopesCurrentSite4 {\n                  currentSite {\n                    code\n                  }\n                }\n              "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PartnerScopesCurrentSite5 {\n            currentSite {\n              code\n            }\n          }\n        "): (typeof documents)["\n          query PartnerScopesCurrentSite5 {\n            currentSite {\n              code\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnerCurrentSite {\n          currentSite {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query PartnerCurrentSite {\n          currentSite {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerApiClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      client {\n        id\n        clientId\n        scopes\n        requestsPerMinute\n        allowedOrigins\n        secrets {\n          createdAt\n          expiresAt\n        }\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerApiClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      client {\n        id\n        clientId\n        scopes\n        requestsPerMinute\n        allowedOrigins\n        secrets {\n          createdAt\n          expiresAt\n        }\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerApiClientSecretRotate($i: ApiClientSecretRotateInput!) {\n    apiClientSecretRotate(input: $i) {\n      secret\n      client {\n        secrets {\n          expiresAt\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerApiClientSecretRotate($i: ApiClientSecretRotateInput!) {\n    apiClientSecretRotate(input: $i) {\n      secret\n      client {\n        secrets {\n          expiresAt\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerApiClientRevoke($id: ID!) {\n    apiClientRevoke(id: $id) {\n      client {\n        revokedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerApiClientRevoke($id: ID!) {\n    apiClientRevoke(id: $id) {\n      client {\n        revokedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerSiteAllowedOriginsSet($i: SiteAllowedOriginsInput!) {\n    siteAllowedOriginsSet(input: $i) {\n      allowedOrigins\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerSiteAllowedOriginsSet($i: SiteAllowedOriginsInput!) {\n    siteAllowedOriginsSet(input: $i) {\n      allowedOrigins\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnerMe {\n          me {\n            id\n          }\n          currentSite {\n            code\n          }\n        }\n      "): (typeof documents)["\n        query PartnerMe {\n          me {\n            id\n          }\n          currentSite {\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnerApiClients {\n          apiClients {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query PartnerApiClients {\n          apiClients {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnerCurrentSite2 {\n          currentSite {\n            code\n          }\n        }\n      "): (typeof documents)["\n        query PartnerCurrentSite2 {\n          currentSite {\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnerCurrentSite3 {\n          currentSite {\n            code\n          }\n        }\n      "): (typeof documents)["\n        query PartnerCurrentSite3 {\n          currentSite {\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnerCurrentSite4 {\n          currentSite {\n            code\n          }\n        }\n      "): (typeof documents)["\n        query PartnerCurrentSite4 {\n          currentSite {\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PartnerCurrentSite5 {\n              currentSite {\n                code\n              }\n            }\n          "): (typeof documents)["\n            query PartnerCurrentSite5 {\n              currentSite {\n                code\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnerCurrentSite6 {\n          currentSite {\n            code\n          }\n        }\n      "): (typeof documents)["\n        query PartnerCurrentSite6 {\n          currentSite {\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query PartnerCurrentSite7 {\n                currentSite {\n                  code\n                }\n              }\n            "): (typeof documents)["\n              query PartnerCurrentSite7 {\n                currentSite {\n                  code\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnerCurrentSite8 {\n          currentSite {\n            code\n          }\n        }\n      "): (typeof documents)["\n        query PartnerCurrentSite8 {\n          currentSite {\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PartnerCurrentSite9 {\n              currentSite {\n                code\n              }\n            }\n          "): (typeof documents)["\n            query PartnerCurrentSite9 {\n              currentSite {\n                code\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query PartnerCurrentSite10 {\n                currentSite {\n                  code\n                }\n              }\n            "): (typeof documents)["\n              query PartnerCurrentSite10 {\n                currentSite {\n                  code\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PartnerCurrentSite11 {\n              currentSite {\n                code\n              }\n            }\n          "): (typeof documents)["\n            query PartnerCurrentSite11 {\n              currentSite {\n                code\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PartnerCurrentSite12 {\n              currentSite {\n                code\n              }\n            }\n          "): (typeof documents)["\n            query PartnerCurrentSite12 {\n              currentSite {\n                code\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartnerSearch($i: SearchInput!) {\n        search(input: $i) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query PartnerSearch($i: SearchInput!) {\n        search(input: $i) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPasswordResetRequest($i: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $i) {\n      accepted\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestPasswordResetRequest($i: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $i) {\n      accepted\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPasswordResetConfirm($i: PasswordResetConfirmInput!) {\n    passwordResetConfirm(input: $i) {\n      reset\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestPasswordResetConfirm($i: PasswordResetConfirmInput!) {\n    passwordResetConfirm(input: $i) {\n      reset\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordResetRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PasswordResetRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestResetMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TestResetMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestResetNotifications {\n    myNotifications(first: 20) {\n      totalCount\n    }\n    myUnreadNotificationCount\n  }\n"): (typeof documents)["\n  query TestResetNotifications {\n    myNotifications(first: 20) {\n      totalCount\n    }\n    myUnreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyDigestSubscribe($i: PolicySubscriptionCreateInput!) {\n    policySubscriptionCreate(input: $i) {\n      subscription {\n        id\n        frequency\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyDigestSubscribe($i: PolicySubscriptionCreateInput!) {\n    policySubscriptionCreate(input: $i) {\n      subscription {\n        id\n        frequency\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyDigestSubscriptionUpdate($i: PolicySubscriptionUpdateInput!) {\n    policySubscriptionUpdate(input: $i) {\n      subscription {\n        id\n        frequency\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyDigestSubscriptionUpdate($i: PolicySubscriptionUpdateInput!) {\n    policySubscriptionUpdate(input: $i) {\n      subscription {\n        id\n        frequency\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyDigestUnsubscribe($i: PolicyUnsubscribeInput!) {\n    policySubscriptionUnsubscribe(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyDigestUnsubscribe($i: PolicyUnsubscribeInput!) {\n    policySubscriptionUnsubscribe(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyFilesAttachmentAdd($i: PolicyAttachmentAddInput!) {\n    policyAttachmentAdd(input: $i) {\n      attachment {\n        id\n        fileName\n        contentType\n        sizeBytes\n        sha256\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyFilesAttachmentAdd($i: PolicyAttachmentAddInput!) {\n    policyAttachmentAdd(input: $i) {\n      attachment {\n        id\n        fileName\n        contentType\n        sizeBytes\n        sha256\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyImportConditionsStart($i: PolicyImportInput!) {\n    policyImport(input: $i) {\n      import {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyImportConditionsStart($i: PolicyImportInput!) {\n    policyImport(input: $i) {\n      import {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyImportConditionsProgress($id: ID!) {\n    policyImportProgress(id: $id) {\n      status\n      created\n      errored\n      lines(first: 100) {\n        nodes {\n          lineNo\n          result\n          reason\n          policyId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyImportConditionsProgress($id: ID!) {\n    policyImportProgress(id: $id) {\n      status\n      created\n      errored\n      lines(first: 100) {\n        nodes {\n          lineNo\n          result\n          reason\n          policyId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyImportConditionsMatch($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyImportConditionsMatch($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyImportConditionsSearch($i: SearchInput!) {\n    search(input: $i) {\n      hits {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyImportConditionsSearch($i: SearchInput!) {\n    search(input: $i) {\n      hits {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyImportStart($i: PolicyImportInput!) {\n    policyImport(input: $i) {\n      import {\n        id\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyImportStart($i: PolicyImportInput!) {\n    policyImport(input: $i) {\n      import {\n        id\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyImportProgress($id: ID!, $r: PolicyImportLineResult) {\n    policyImportProgress(id: $id) {\n      status\n      total\n      processed\n      created\n      updated\n      unchanged\n      errored\n      lines(first: 100, result: $r) {\n        totalCount\n        nodes {\n          lineNo\n          result\n          reason\n          policyId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyImportProgress($id: ID!, $r: PolicyImportLineResult) {\n    policyImportProgress(id: $id) {\n      status\n      total\n      processed\n      created\n      updated\n      unchanged\n      errored\n      lines(first: 100, result: $r) {\n        totalCount\n        nodes {\n          lineNo\n          result\n          reason\n          policyId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyMatchingConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      policy {\n        id\n        conditions {\n          id\n          field\n          operator\n          values\n          changeable\n          sourceSentence\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyMatchingConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      policy {\n        id\n        conditions {\n          id\n          field\n          operator\n          values\n          changeable\n          sourceSentence\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyMatchingGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyMatchingGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyMatchingMatches($v: [MatchVerdict!]) {\n    policyMatches(verdicts: $v, first: 20) {\n      totalCount\n      nodes {\n        verdict\n        deadline\n        policy {\n          id\n          title\n        }\n        conditions {\n          outcome\n          reason\n          condition {\n            field\n            sourceSentence\n          }\n        }\n        improvements {\n          reason\n          condition {\n            field\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyMatchingMatches($v: [MatchVerdict!]) {\n    policyMatches(verdicts: $v, first: 20) {\n      totalCount\n      nodes {\n        verdict\n        deadline\n        policy {\n          id\n          title\n        }\n        conditions {\n          outcome\n          reason\n          condition {\n            field\n            sourceSentence\n          }\n        }\n        improvements {\n          reason\n          condition {\n            field\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyMatchingMatchReasons($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n        reason\n      }\n      improvements {\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyMatchingMatchReasons($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n        reason\n      }\n      improvements {\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyMatchingMatchConditions($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyMatchingMatchConditions($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyMatchingMatchOutcomes($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyMatchingMatchOutcomes($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyMatchingMatchVerdict($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n    }\n  }\n"): (typeof documents)["\n  query PolicyMatchingMatchVerdict($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PolicyMatchingEnterpriseUpdate($i: EnterpriseUpdateInput!) {\n      enterpriseUpdate(input: $i) {\n        enterprise {\n          rdRatio\n          taxCreditGrade\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation PolicyMatchingEnterpriseUpdate($i: EnterpriseUpdateInput!) {\n      enterpriseUpdate(input: $i) {\n        enterprise {\n          rdRatio\n          taxCreditGrade\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PolicyMatchingDeclared {\n      me {\n        enterprise {\n          rdRatio\n          taxCreditGrade\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PolicyMatchingDeclared {\n      me {\n        enterprise {\n          rdRatio\n          taxCreditGrade\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PolicyMatchingMatchCoverage($id: ID!) {\n      policyMatch(policyId: $id) {\n        verdict\n        upcomingFrom\n        checkedCount\n        uncheckedSentences\n        coverage\n        conditions {\n          outcome\n          reason\n        }\n        improvements {\n          reason\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PolicyMatchingMatchCoverage($id: ID!) {\n      policyMatch(policyId: $id) {\n        verdict\n        upcomingFrom\n        checkedCount\n        uncheckedSentences\n        coverage\n        conditions {\n          outcome\n          reason\n        }\n        improvements {\n          reason\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PolicyMatchingUndeclared {\n      me {\n        enterprise {\n          employees\n          revenue\n          sizeClass\n          sizeClasses\n          qualifications\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PolicyMatchingUndeclared {\n      me {\n        enterprise {\n          employees\n          revenue\n          sizeClass\n          sizeClasses\n          qualifications\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PolicyMatchingProfileUpdate($i: EnterpriseUpdateInput!) {\n      enterpriseUpdate(input: $i) {\n        errors {\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation PolicyMatchingProfileUpdate($i: EnterpriseUpdateInput!) {\n      enterpriseUpdate(input: $i) {\n        errors {\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PolicyMatchingCodes {\n      me {\n        enterprise {\n          regionCode\n          regionName\n          industryCode\n          industryName\n          sizeClass\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PolicyMatchingCodes {\n      me {\n        enterprise {\n          regionCode\n          regionName\n          industryCode\n          industryName\n          sizeClass\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PolicyMatchingStoredConditions($id: ID!) {\n      policy(id: $id) {\n        conditions {\n          values\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PolicyMatchingStoredConditions($id: ID!) {\n      policy(id: $id) {\n        conditions {\n          values\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PolicyMatchingAll {\n      policyMatches(all: true, first: 100) {\n        nodes {\n          verdict\n          policy {\n            id\n          }\n          conditions {\n            reason\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PolicyMatchingAll {\n      policyMatches(all: true, first: 100) {\n        nodes {\n          verdict\n          policy {\n            id\n          }\n          conditions {\n            reason\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PolicyMatchingNear {\n      policyMatches(verdicts: [NOT_ELIGIBLE], first: 100) {\n        nodes {\n          policy {\n            id\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PolicyMatchingNear {\n      policyMatches(verdicts: [NOT_ELIGIBLE], first: 100) {\n        nodes {\n          policy {\n            id\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PolicyMatchingQualificationKindCreate($i: QualificationKindCreateInput!) {\n      qualificationKindCreate(input: $i) {\n        qualification {\n          code\n          name\n          countUnit\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation PolicyMatchingQualificationKindCreate($i: QualificationKindCreateInput!) {\n      qualificationKindCreate(input: $i) {\n        qualification {\n          code\n          name\n          countUnit\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PolicyMatchingRegister($i: EnterpriseRegisterInput!) {\n      enterpriseRegister(input: $i) {\n        errors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation PolicyMatchingRegister($i: EnterpriseRegisterInput!) {\n      enterpriseRegister(input: $i) {\n        errors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PolicyMatchingByQualification($q: String) {\n      enterprises(filter: { qualification: $q }, first: 50) {\n        nodes {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PolicyMatchingByQualification($q: String) {\n      enterprises(filter: { qualification: $q }, first: 50) {\n        nodes {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PolicyMatchingUnknownQualification {\n      enterprises(filter: { qualification: \"NO_SUCH_CODE\" }, first: 5) {\n        totalCount\n      }\n    }\n  "): (typeof documents)["\n    query PolicyMatchingUnknownQualification {\n      enterprises(filter: { qualification: \"NO_SUCH_CODE\" }, first: 5) {\n        totalCount\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyPushSubscriptionCreate($i: PolicySubscriptionCreateInput!) {\n    policySubscriptionCreate(input: $i) {\n      subscription {\n        id\n        name\n        keywords\n        channels\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyPushSubscriptionCreate($i: PolicySubscriptionCreateInput!) {\n    policySubscriptionCreate(input: $i) {\n      subscription {\n        id\n        name\n        keywords\n        channels\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyPushSubscriptionUpdate($i: PolicySubscriptionUpdateInput!) {\n    policySubscriptionUpdate(input: $i) {\n      subscription {\n        id\n        name\n        keywords\n        tags\n        regions\n        channels\n        email\n        mobile\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyPushSubscriptionUpdate($i: PolicySubscriptionUpdateInput!) {\n    policySubscriptionUpdate(input: $i) {\n      subscription {\n        id\n        name\n        keywords\n        tags\n        regions\n        channels\n        email\n        mobile\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyPushSubscriptionDelete($i: PolicySubscriptionDeleteInput!) {\n    policySubscriptionDelete(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyPushSubscriptionDelete($i: PolicySubscriptionDeleteInput!) {\n    policySubscriptionDelete(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyPushSubscriptions {\n    policySubscriptions {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PolicyPushSubscriptions {\n    policySubscriptions {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyPushInbox {\n    notifications(first: 10) {\n      totalCount\n      nodes {\n        id\n        title\n        reason\n        policyVersion\n        readAt\n        policy {\n          id\n          title\n        }\n      }\n    }\n    notificationUnreadCount\n  }\n"): (typeof documents)["\n  query PolicyPushInbox {\n    notifications(first: 10) {\n      totalCount\n      nodes {\n        id\n        title\n        reason\n        policyVersion\n        readAt\n        policy {\n          id\n          title\n        }\n      }\n    }\n    notificationUnreadCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyPushInboxSubscription {\n    notifications(first: 10) {\n      nodes {\n        subscription {\n          name\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyPushInboxSubscription {\n    notifications(first: 10) {\n      nodes {\n        subscription {\n          name\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyPushMarkRead($i: NotificationMarkReadInput!) {\n    notificationMarkRead(input: $i) {\n      unreadCount\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyPushMarkRead($i: NotificationMarkReadInput!) {\n    notificationMarkRead(input: $i) {\n      unreadCount\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyPushUnsubscribe($i: PolicyUnsubscribeInput!) {\n    policySubscriptionUnsubscribe(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyPushUnsubscribe($i: PolicyUnsubscribeInput!) {\n    policySubscriptionUnsubscribe(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyPushEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyPushEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyPushConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyPushConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PolicyPushNotificationReceived {\n    notificationReceived {\n      id\n      title\n      reason\n      policy {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PolicyPushNotificationReceived {\n    notificationReceived {\n      id\n      title\n      reason\n      policy {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyQualificationSearchSearch($i: SearchInput!) {\n    search(input: $i) {\n      hits {\n        nodes {\n          kind\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyQualificationSearchSearch($i: SearchInput!) {\n    search(input: $i) {\n      hits {\n        nodes {\n          kind\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyQualificationSearchConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyQualificationSearchConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyQualificationSearchKindUpdate($i: QualificationKindUpdateInput!) {\n    qualificationKindUpdate(input: $i) {\n      qualification {\n        code\n        name\n        aliases\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyQualificationSearchKindUpdate($i: QualificationKindUpdateInput!) {\n    qualificationKindUpdate(input: $i) {\n      qualification {\n        code\n        name\n        aliases\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyQueriesList($f: PolicyFilter, $o: PolicyOrder, $n: Int) {\n    policies(filter: $f, orderBy: $o, first: $n) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyQueriesList($f: PolicyFilter, $o: PolicyOrder, $n: Int) {\n    policies(filter: $f, orderBy: $o, first: $n) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyQueriesView($id: ID!) {\n    policy(id: $id) {\n      id\n      viewCount\n    }\n  }\n"): (typeof documents)["\n  query PolicyQueriesView($id: ID!) {\n    policy(id: $id) {\n      id\n      viewCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyQueriesPage($n: Int) {\n    policies(first: $n) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          departments\n          attachments {\n            id\n            fileName\n          }\n          interpretations {\n            id\n            title\n          }\n          guides {\n            id\n            title\n            applicationEnd\n          }\n          relatedPolicies {\n            id\n            title\n          }\n          versions {\n            version\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyQueriesPage($n: Int) {\n    policies(first: $n) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          departments\n          attachments {\n            id\n            fileName\n          }\n          interpretations {\n            id\n            title\n          }\n          guides {\n            id\n            title\n            applicationEnd\n          }\n          relatedPolicies {\n            id\n            title\n          }\n          versions {\n            version\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyQueriesGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyQueriesGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyQueriesInterpretationAdd($i: PolicyInterpretationAddInput!) {\n    policyInterpretationAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyQueriesInterpretationAdd($i: PolicyInterpretationAddInput!) {\n    policyInterpretationAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyQueriesDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      attachments {\n        id\n      }\n      interpretations {\n        id\n      }\n      guides {\n        id\n      }\n      relatedPolicies {\n        id\n      }\n      versions {\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyQueriesDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      attachments {\n        id\n      }\n      interpretations {\n        id\n      }\n      guides {\n        id\n      }\n      relatedPolicies {\n        id\n      }\n      versions {\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyQueriesQueue {\n    policies(first: 50, filter: { statuses: [SUBMITTED] }) {\n      nodes {\n        id\n        title\n        createdBy {\n          displayName\n        }\n        pendingChanges {\n          fromVersion\n          fields {\n            field\n          }\n          body {\n            op\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyQueriesQueue {\n    policies(first: 50, filter: { statuses: [SUBMITTED] }) {\n      nodes {\n        id\n        title\n        createdBy {\n          displayName\n        }\n        pendingChanges {\n          fromVersion\n          fields {\n            field\n          }\n          body {\n            op\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyReachConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyReachConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyReachCounts($id: ID!) {\n    policyReach(policyId: $id) {\n      reach {\n        eligible\n        likely\n        nearMiss\n        notified\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyReachCounts($id: ID!) {\n    policyReach(policyId: $id) {\n      reach {\n        eligible\n        likely\n        nearMiss\n        notified\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyReachList($id: ID!, $v: PolicyReachVerdict!, $first: Int, $after: String) {\n    policyReachEnterprises(policyId: $id, verdict: $v, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        regionName\n        industryName\n        sizeClass\n        verdict\n        conditions {\n          outcome\n          reason\n          condition {\n            field\n            changeable\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyReachList($id: ID!, $v: PolicyReachVerdict!, $first: Int, $after: String) {\n    policyReachEnterprises(policyId: $id, verdict: $v, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        regionName\n        industryName\n        sizeClass\n        verdict\n        conditions {\n          outcome\n          reason\n          condition {\n            field\n            changeable\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyReachXlsx($id: ID!, $v: PolicyReachVerdict!) {\n    policyReachXlsx(policyId: $id, verdict: $v) {\n      filename\n      mimeType\n      byteSize\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query PolicyReachXlsx($id: ID!, $v: PolicyReachVerdict!) {\n    policyReachXlsx(policyId: $id, verdict: $v) {\n      filename\n      mimeType\n      byteSize\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyReachEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyReachEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyReachMatch($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n        condition {\n          changeable\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyReachMatch($id: ID!) {\n    policyMatch(policyId: $id) {\n      verdict\n      conditions {\n        outcome\n        condition {\n          changeable\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyReachListIds($id: ID!, $v: PolicyReachVerdict!) {\n    policyReachEnterprises(policyId: $id, verdict: $v, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyReachListIds($id: ID!, $v: PolicyReachVerdict!) {\n    policyReachEnterprises(policyId: $id, verdict: $v, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyRelatedPayloadFields on PolicyRelatedPayload {\n    policy {\n      id\n    }\n    attachment {\n      id\n      fileName\n      contentType\n      sizeBytes\n      sha256\n    }\n    interpretation {\n      id\n      title\n      authority\n      author\n      body\n      publishedOn\n    }\n    guide {\n      id\n      title\n      beneficiaries\n      conditions\n      applicationStart\n      applicationEnd\n      paymentDeadline\n      whereToApply\n      hotline\n      materials\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n"): (typeof documents)["\n  fragment PolicyRelatedPayloadFields on PolicyRelatedPayload {\n    policy {\n      id\n    }\n    attachment {\n      id\n      fileName\n      contentType\n      sizeBytes\n      sha256\n    }\n    interpretation {\n      id\n      title\n      authority\n      author\n      body\n      publishedOn\n    }\n    guide {\n      id\n      title\n      beneficiaries\n      conditions\n      applicationStart\n      applicationEnd\n      paymentDeadline\n      whereToApply\n      hotline\n      materials\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyRelatedAttachmentAdd($i: PolicyAttachmentAddInput!) {\n    policyAttachmentAdd(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyRelatedAttachmentAdd($i: PolicyAttachmentAddInput!) {\n    policyAttachmentAdd(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyRelatedAttachmentRemove($i: PolicyAttachmentRemoveInput!) {\n    policyAttachmentRemove(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyRelatedAttachmentRemove($i: PolicyAttachmentRemoveInput!) {\n    policyAttachmentRemove(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyRelatedInterpretationAdd($i: PolicyInterpretationAddInput!) {\n    policyInterpretationAdd(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyRelatedInterpretationAdd($i: PolicyInterpretationAddInput!) {\n    policyInterpretationAdd(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyRelatedInterpretationUpdate($i: PolicyInterpretationUpdateInput!) {\n    policyInterpretationUpdate(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyRelatedInterpretationUpdate($i: PolicyInterpretationUpdateInput!) {\n    policyInterpretationUpdate(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyRelatedGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyRelatedGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyRelatedRelatedRemove($i: PolicyRelatedRemoveInput!) {\n    policyRelatedRemove(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyRelatedRelatedRemove($i: PolicyRelatedRemoveInput!) {\n    policyRelatedRemove(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyRelatedLink($i: PolicyLinkInput!) {\n    policyLink(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyRelatedLink($i: PolicyLinkInput!) {\n    policyLink(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyRelatedUnlink($i: PolicyLinkInput!) {\n    policyUnlink(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyRelatedUnlink($i: PolicyLinkInput!) {\n    policyUnlink(input: $i) {\n      ...PolicyRelatedPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyRelatedDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      policyType\n      featured\n      attachments {\n        id\n        fileName\n        sha256\n        sizeBytes\n        contentBase64\n      }\n      interpretations {\n        title\n        authority\n        author\n        body\n      }\n      guides {\n        title\n        applicationEnd\n        materials\n        hotline\n      }\n      relatedPolicies {\n        id\n        title\n        policyType\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyRelatedDetail($id: ID!) {\n    policy(id: $id) {\n      id\n      title\n      policyType\n      featured\n      attachments {\n        id\n        fileName\n        sha256\n        sizeBytes\n        contentBase64\n      }\n      interpretations {\n        title\n        authority\n        author\n        body\n      }\n      guides {\n        title\n        applicationEnd\n        materials\n        hotline\n      }\n      relatedPolicies {\n        id\n        title\n        policyType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicySeedAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicySeedAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicySeedPolicies {\n    policies(first: 5, filter: { keyword: \"专精特新\" }) {\n      totalCount\n      nodes {\n        title\n        docNo\n        departments\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicySeedPolicies {\n    policies(first: 5, filter: { keyword: \"专精特新\" }) {\n      totalCount\n      nodes {\n        title\n        docNo\n        departments\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicySeedInbox {\n    policySubscriptions {\n      name\n      frequency\n      channels\n    }\n    notifications(first: 1) {\n      totalCount\n      nodes {\n        reason\n        subscription {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicySeedInbox {\n    policySubscriptions {\n      name\n      frequency\n      channels\n    }\n    notifications(first: 1) {\n      totalCount\n      nodes {\n        reason\n        subscription {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyWorkflowDetail($id: ID!) {\n    policy(id: $id) {\n      ...TestPolicyFields\n      versions {\n        version\n        title\n        body\n        changeNote\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyWorkflowDetail($id: ID!) {\n    policy(id: $id) {\n      ...TestPolicyFields\n      versions {\n        version\n        title\n        body\n        changeNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyWorkflowUpdate($i: PolicyUpdateInput!) {\n    policyUpdate(input: $i) {\n      policy {\n        id\n        status\n        title\n        body\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyWorkflowUpdate($i: PolicyUpdateInput!) {\n    policyUpdate(input: $i) {\n      policy {\n        id\n        status\n        title\n        body\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyWorkflowPending($id: ID!) {\n    policy(id: $id) {\n      pendingChanges {\n        fromVersion\n        toVersion\n        fields {\n          field\n        }\n        body {\n          op\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyWorkflowPending($id: ID!) {\n    policy(id: $id) {\n      pendingChanges {\n        fromVersion\n        toVersion\n        fields {\n          field\n        }\n        body {\n          op\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyWorkflowDiff($id: ID!) {\n    policyVersionDiff(policyId: $id, fromVersion: 1, toVersion: 2) {\n      fields {\n        field\n        label\n      }\n      body {\n        op\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyWorkflowDiff($id: ID!) {\n    policyVersionDiff(policyId: $id, fromVersion: 1, toVersion: 2) {\n      fields {\n        field\n        label\n      }\n      body {\n        op\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyWorkflowTypename {\n    __typename\n  }\n"): (typeof documents)["\n  query PolicyWorkflowTypename {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalFooter {\n    currentSite {\n      footer {\n        organizer\n        operatorUnit\n        icpRecord\n        policeRecord\n        phone\n        email\n        address\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalFooter {\n    currentSite {\n      footer {\n        organizer\n        operatorUnit\n        icpRecord\n        policeRecord\n        phone\n        email\n        address\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSiteFooterUpdate($i: SiteFooterInput!) {\n    siteFooterUpdate(input: $i) {\n      site {\n        code\n        footer {\n          organizer\n          icpRecord\n          phone\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PortalSiteFooterUpdate($i: SiteFooterInput!) {\n    siteFooterUpdate(input: $i) {\n      site {\n        code\n        footer {\n          organizer\n          icpRecord\n          phone\n        }\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PortalGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPolicies($f: PolicyFilter) {\n    policies(filter: $f, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalPolicies($f: PolicyFilter) {\n    policies(filter: $f, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPolicyDepartments($n: Int!) {\n    policyDepartments(first: $n) {\n      name\n      count\n    }\n  }\n"): (typeof documents)["\n  query PortalPolicyDepartments($n: Int!) {\n    policyDepartments(first: $n) {\n      name\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalInstitutions($f: InstitutionFilter) {\n    institutions(first: 20, filter: $f) {\n      totalCount\n      nodes {\n        name\n        regionNames\n        listedProductCount\n        columns\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalInstitutions($f: InstitutionFilter) {\n    institutions(first: 20, filter: $f) {\n      totalCount\n      nodes {\n        name\n        regionNames\n        listedProductCount\n        columns\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessSite {\n    currentSite {\n      code\n    }\n  }\n"): (typeof documents)["\n  query ProcessSite {\n    currentSite {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProcessRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessLogin($i: LoginInput!) {\n    login(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProcessLogin($i: LoginInput!) {\n    login(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessAdminLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n      }\n      account {\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProcessAdminLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n      }\n      account {\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessMe {\n    me {\n      secondFactorSetupRequired\n    }\n  }\n"): (typeof documents)["\n  query ProcessMe {\n    me {\n      secondFactorSetupRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessAccounts {\n    accounts(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ProcessAccounts {\n    accounts(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProductServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) {\n      product {\n        id\n        status\n        listedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProductServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) {\n      product {\n        id\n        status\n        listedAt\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProductServiceProductSubmit($i: ServiceProductRefInput!) {\n    serviceProductSubmit(input: $i) {\n      product {\n        id\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProductServiceProductSubmit($i: ServiceProductRefInput!) {\n    serviceProductSubmit(input: $i) {\n      product {\n        id\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductServiceProducts($f: ServiceProductFilter, $first: Int) {\n    serviceProducts(filter: $f, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        column\n        subcategory\n        feeType\n        form\n        regionNames\n        process {\n          title\n          description\n        }\n        institution {\n          name\n        }\n        pictures {\n          contentType\n          byteSize\n          width\n          height\n          dataUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductServiceProducts($f: ServiceProductFilter, $first: Int) {\n    serviceProducts(filter: $f, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        column\n        subcategory\n        feeType\n        form\n        regionNames\n        process {\n          title\n          description\n        }\n        institution {\n          name\n        }\n        pictures {\n          contentType\n          byteSize\n          width\n          height\n          dataUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ProductServiceProduct($id: ID!) {\n              serviceProduct(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query ProductServiceProduct($id: ID!) {\n              serviceProduct(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProductMyInstitutionServiceProducts {\n        myInstitutionServiceProducts(first: 100) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query ProductMyInstitutionServiceProducts {\n        myInstitutionServiceProducts(first: 100) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ProductServiceProduct2($id: ID!) {\n              serviceProduct(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query ProductServiceProduct2($id: ID!) {\n              serviceProduct(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueryCountEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QueryCountEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryCountFirst {\n    enterprises(first: 60) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryCountFirst {\n    enterprises(first: 60) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryCountRest($a: String) {\n    enterprises(first: 60, after: $a) {\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryCountRest($a: String) {\n    enterprises(first: 60, after: $a) {\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryCountPage($n: Int!) {\n    enterprises(first: $n) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        uscc\n        name\n        sizeClass\n        status\n        regionName\n        industryName\n        site {\n          code\n          parent {\n            code\n          }\n        }\n        createdBy {\n          displayName\n          enterprise {\n            name\n          }\n        }\n        reviewedBy {\n          displayName\n        }\n        members {\n          displayName\n          roles\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryCountPage($n: Int!) {\n    enterprises(first: $n) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        uscc\n        name\n        sizeClass\n        status\n        regionName\n        industryName\n        site {\n          code\n          parent {\n            code\n          }\n        }\n        createdBy {\n          displayName\n          enterprise {\n            name\n          }\n        }\n        reviewedBy {\n          displayName\n        }\n        members {\n          displayName\n          roles\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewOrderPendingEnterprises($order: ReviewOrder, $first: Int, $after: String) {\n    enterprises(filter: { status: PENDING }, order: $order, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewOrderPendingEnterprises($order: ReviewOrder, $first: Int, $after: String) {\n    enterprises(filter: { status: PENDING }, order: $order, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReviewOrderInstitutions {\n        institutions(filter: { status: PENDING }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query ReviewOrderInstitutions {\n        institutions(filter: { status: PENDING }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReviewOrderServiceProducts {\n        serviceProducts(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query ReviewOrderServiceProducts {\n        serviceProducts(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReviewOrderActivities {\n        activities(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query ReviewOrderActivities {\n        activities(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReviewOrderDemands {\n        demands(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query ReviewOrderDemands {\n        demands(filter: { status: UNDER_REVIEW }, order: SUBMITTED_ASC, first: 5) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewOrderSubmittedPolicies {\n    policies(filter: { statuses: [SUBMITTED] }, orderBy: UPDATED_AT_ASC, first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReviewOrderSubmittedPolicies {\n    policies(filter: { statuses: [SUBMITTED] }, orderBy: UPDATED_AT_ASC, first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchContentSearch($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        converted\n        corrected\n        autoRewritten\n        serviceIntent\n      }\n      hits {\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          url\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchContentSearch($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        converted\n        corrected\n        autoRewritten\n        serviceIntent\n      }\n      hits {\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          url\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchContentPolicy($id: ID!) {\n    policy(id: $id) {\n      title\n    }\n  }\n"): (typeof documents)["\n  query SearchContentPolicy($id: ID!) {\n    policy(id: $id) {\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchContentPolicyWithdraw($i: PolicyTransitionInput!) {\n    policyWithdraw(input: $i) {\n      policy {\n        id\n        status\n        publishedVersion\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchContentPolicyWithdraw($i: PolicyTransitionInput!) {\n    policyWithdraw(input: $i) {\n      policy {\n        id\n        status\n        publishedVersion\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchContentProductDelist($i: ServiceProductRefInput!) {\n    serviceProductDelist(input: $i) {\n      product {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchContentProductDelist($i: ServiceProductRefInput!) {\n    serviceProductDelist(input: $i) {\n      product {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchContentActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchContentActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchContentActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchContentActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFallbackSearch($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        relaxed\n        autoRewritten\n        corrected\n      }\n      totalCount\n      hits {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          title\n          score\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchFallbackSearch($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        relaxed\n        autoRewritten\n        corrected\n      }\n      totalCount\n      hits {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          title\n          score\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchHitsInstitution($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n      hits {\n        nodes {\n          id\n          kind\n          title\n          institution {\n            id\n            name\n          }\n        }\n      }\n      serviceCards {\n        id\n        institution {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchHitsInstitution($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n      hits {\n        nodes {\n          id\n          kind\n          title\n          institution {\n            id\n            name\n          }\n        }\n      }\n      serviceCards {\n        id\n        institution {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchInstitutionHitIds($i: SearchInput!) {\n    search(input: $i) {\n      hits {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchInstitutionHitIds($i: SearchInput!) {\n    search(input: $i) {\n      hits {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchLexiconSuggest($p: String!) {\n    searchSuggest(prefix: $p, first: 20) {\n      text\n    }\n  }\n"): (typeof documents)["\n  query SearchLexiconSuggest($p: String!) {\n    searchSuggest(prefix: $p, first: 20) {\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchRankingSearch($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      hits {\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          url\n          score\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchRankingSearch($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      hits {\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          url\n          score\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchRankingStatistics {\n    searchTopQueries(first: 100) {\n      query\n      searches\n    }\n    searchZeroResultQueries(first: 100) {\n      query\n      zeroResults\n    }\n  }\n"): (typeof documents)["\n  query SearchRankingStatistics {\n    searchTopQueries(first: 100) {\n      query\n      searches\n    }\n    searchZeroResultQueries(first: 100) {\n      query\n      zeroResults\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchRankingConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchRankingConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchRankingFinancingProductDelist($i: FinancingProductDelistInput!) {\n    financingProductDelist(input: $i) {\n      product {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchRankingFinancingProductDelist($i: FinancingProductDelistInput!) {\n    financingProductDelist(input: $i) {\n      product {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchRankingStartupResourceCreate($i: StartupResourceCreateInput!) {\n    startupResourceCreate(input: $i) {\n      resource {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchRankingStartupResourceCreate($i: StartupResourceCreateInput!) {\n    startupResourceCreate(input: $i) {\n      resource {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchRankingTopQueries {\n    searchTopQueries {\n      query\n    }\n  }\n"): (typeof documents)["\n  query SearchRankingTopQueries {\n    searchTopQueries {\n      query\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchE2E($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        original\n        normalized\n        pinyin\n        converted\n        pinyinCandidates\n        corrected\n        didYouMean\n        autoRewritten\n        relaxed\n        serviceIntent\n        corrections {\n          from\n          to\n          by\n        }\n        expansions {\n          phrase\n          terms\n        }\n      }\n      totalCount\n      approximate\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      hits {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          titleHighlight\n          highlight\n          url\n          site {\n            code\n          }\n          date\n          score\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n      related\n    }\n  }\n"): (typeof documents)["\n  query SearchE2E($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        original\n        normalized\n        pinyin\n        converted\n        pinyinCandidates\n        corrected\n        didYouMean\n        autoRewritten\n        relaxed\n        serviceIntent\n        corrections {\n          from\n          to\n          by\n        }\n        expansions {\n          phrase\n          terms\n        }\n      }\n      totalCount\n      approximate\n      facets {\n        field\n        buckets {\n          value\n          label\n          count\n        }\n      }\n      hits {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          kind\n          kindLabel\n          id\n          title\n          titleHighlight\n          highlight\n          url\n          site {\n            code\n          }\n          date\n          score\n        }\n      }\n      serviceCards {\n        kind\n        id\n        title\n      }\n      related\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchConceptSave($i: SearchConceptInput!) {\n    searchConceptSave(input: $i) {\n      concept {\n        id\n        phrase\n        expansions\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchConceptSave($i: SearchConceptInput!) {\n    searchConceptSave(input: $i) {\n      concept {\n        id\n        phrase\n        expansions\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchConcepts {\n    searchConcepts(first: 100) {\n      totalCount\n      nodes {\n        phrase\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchConcepts {\n    searchConcepts(first: 100) {\n      totalCount\n      nodes {\n        phrase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchConceptDelete($i: SearchConceptDeleteInput!) {\n    searchConceptDelete(input: $i) {\n      deletedId\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchConceptDelete($i: SearchConceptDeleteInput!) {\n    searchConceptDelete(input: $i) {\n      deletedId\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSuggest($p: String!) {\n    searchSuggest(prefix: $p) {\n      text\n      source\n    }\n  }\n"): (typeof documents)["\n  query SearchSuggest($p: String!) {\n    searchSuggest(prefix: $p) {\n      text\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchInstitution($id: ID!) {\n    institution(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query SearchInstitution($id: ID!) {\n    institution(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchClick($i: SearchClickInput!) {\n    searchClick(input: $i) {\n      counted\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchClick($i: SearchClickInput!) {\n    searchClick(input: $i) {\n      counted\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchStatistics {\n    searchTopQueries(first: 50) {\n      query\n      searches\n      clicks\n    }\n    searchZeroResultQueries {\n      query\n      zeroResults\n    }\n  }\n"): (typeof documents)["\n  query SearchStatistics {\n    searchTopQueries(first: 50) {\n      query\n      searches\n      clicks\n    }\n    searchZeroResultQueries {\n      query\n      zeroResults\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTopQueries {\n    searchTopQueries {\n      query\n    }\n  }\n"): (typeof documents)["\n  query SearchTopQueries {\n    searchTopQueries {\n      query\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchReconcile {\n    searchReconcile {\n      drift {\n        kind\n        missing\n        extra\n        stale\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchReconcile {\n    searchReconcile {\n      drift {\n        kind\n        missing\n        extra\n        stale\n      }\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchReconcileCounts {\n    searchReconcile {\n      drift {\n        kind\n        missing\n        extra\n        stale\n        sourceCount\n        indexedCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchReconcileCounts {\n    searchReconcile {\n      drift {\n        kind\n        missing\n        extra\n        stale\n        sourceCount\n        indexedCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchReconcileRepair {\n    searchReconcile(input: { repair: true }) {\n      drift {\n        kind\n        stale\n      }\n      repaired\n    }\n  }\n"): (typeof documents)["\n  mutation SearchReconcileRepair {\n    searchReconcile(input: { repair: true }) {\n      drift {\n        kind\n        stale\n      }\n      repaired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchIndexStatus {\n    searchIndexStatus {\n      engine\n      healthy\n      documents\n      pending\n      dictionaryVersion\n    }\n  }\n"): (typeof documents)["\n  query SearchIndexStatus {\n    searchIndexStatus {\n      engine\n      healthy\n      documents\n      pending\n      dictionaryVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityAppLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityAppLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityAppPasswordChange($i: PasswordChangeInput!) {\n    passwordChange(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SecurityAppPasswordChange($i: PasswordChangeInput!) {\n    passwordChange(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SecurityAppMe {\n              me {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query SecurityAppMe {\n              me {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SecurityAppEnterpriseReview($i: EnterpriseReviewInput!) {\n      enterpriseReview(input: $i) {\n        errors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SecurityAppEnterpriseReview($i: EnterpriseReviewInput!) {\n      enterpriseReview(input: $i) {\n        errors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation SecurityAppLogout {\n                logout {\n                  revoked\n                }\n              }\n            "): (typeof documents)["\n              mutation SecurityAppLogout {\n                logout {\n                  revoked\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SecurityAppEnterpriseMemberRemove($i: EnterpriseMemberRemoveInput!) {\n            enterpriseMemberRemove(input: $i) {\n              errors {\n                code\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation SecurityAppEnterpriseMemberRemove($i: EnterpriseMemberRemoveInput!) {\n            enterpriseMemberRemove(input: $i) {\n              errors {\n                code\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SecurityAppAccountStatusSet($i: AccountStatusSetInput!) {\n            accountStatusSet(input: $i) {\n              errors {\n                code\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation SecurityAppAccountStatusSet($i: AccountStatusSetInput!) {\n            accountStatusSet(input: $i) {\n              errors {\n                code\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SecurityAppLogout2 {\n          logout {\n            revoked\n          }\n        }\n      "): (typeof documents)["\n        mutation SecurityAppLogout2 {\n          logout {\n            revoked\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SecurityAppAccountRolesSet($i: AccountRolesSetInput!) {\n      accountRolesSet(input: $i) {\n        account {\n          roles\n        }\n        request {\n          id\n          kind\n          status\n          roles\n        }\n        errors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SecurityAppAccountRolesSet($i: AccountRolesSetInput!) {\n      accountRolesSet(input: $i) {\n        account {\n          roles\n        }\n        request {\n          id\n          kind\n          status\n          roles\n        }\n        errors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SecurityAppAccountStatusSet2($i: AccountStatusSetInput!) {\n      accountStatusSet(input: $i) {\n        account {\n          disabled\n        }\n        request {\n          id\n          kind\n          status\n        }\n        errors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SecurityAppAccountStatusSet2($i: AccountStatusSetInput!) {\n      accountStatusSet(input: $i) {\n        account {\n          disabled\n        }\n        request {\n          id\n          kind\n          status\n        }\n        errors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SecurityAppAdminChangeApprove($i: AdminChangeDecideInput!) {\n      adminChangeApprove(input: $i) {\n        request {\n          status\n          requestedBy {\n            id\n          }\n          decidedBy {\n            id\n          }\n        }\n        errors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SecurityAppAdminChangeApprove($i: AdminChangeDecideInput!) {\n      adminChangeApprove(input: $i) {\n        request {\n          status\n          requestedBy {\n            id\n          }\n          decidedBy {\n            id\n          }\n        }\n        errors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SecurityAppAdminChangeReject($i: AdminChangeDecideInput!) {\n      adminChangeReject(input: $i) {\n        request {\n          status\n          reason\n        }\n        errors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SecurityAppAdminChangeReject($i: AdminChangeDecideInput!) {\n      adminChangeReject(input: $i) {\n        request {\n          status\n          reason\n        }\n        errors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SecurityAppMe2 {\n              me {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query SecurityAppMe2 {\n              me {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SecurityAppMe3 {\n              me {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query SecurityAppMe3 {\n              me {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SecurityAppAccounts {\n              accounts(first: 1) {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query SecurityAppAccounts {\n              accounts(first: 1) {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SecurityAppAuditLog {\n          auditLog(first: 1) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query SecurityAppAuditLog {\n          auditLog(first: 1) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SecurityAppEnterprise($id: ID!) {\n              enterprise(id: $id) {\n                name\n              }\n            }\n          "): (typeof documents)["\n            query SecurityAppEnterprise($id: ID!) {\n              enterprise(id: $id) {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SecurityAppColumnStatisticsCsv {\n          columnStatisticsCsv(groupBy: COLUMN)\n        }\n      "): (typeof documents)["\n        query SecurityAppColumnStatisticsCsv {\n          columnStatisticsCsv(groupBy: COLUMN)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SecurityAppColumnStatisticsXlsx {\n          columnStatisticsXlsx(groupBy: COLUMN) {\n            byteSize\n          }\n        }\n      "): (typeof documents)["\n        query SecurityAppColumnStatisticsXlsx {\n          columnStatisticsXlsx(groupBy: COLUMN) {\n            byteSize\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SecurityAppActivityStatisticsCsv {\n          activityStatisticsCsv(groupBy: COLUMN)\n        }\n      "): (typeof documents)["\n        query SecurityAppActivityStatisticsCsv {\n          activityStatisticsCsv(groupBy: COLUMN)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SecurityAppActivityStatisticsXlsx {\n          activityStatisticsXlsx(groupBy: COLUMN) {\n            byteSize\n          }\n        }\n      "): (typeof documents)["\n        query SecurityAppActivityStatisticsXlsx {\n          activityStatisticsXlsx(groupBy: COLUMN) {\n            byteSize\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SecurityAppEnterprises {\n          enterprises(first: 3) {\n            nodes {\n              contactPhone\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SecurityAppEnterprises {\n          enterprises(first: 3) {\n            nodes {\n              contactPhone\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SecurityAppEnterprises2 {\n          enterprises(first: 12) {\n            nodes {\n              contactName\n              contactPhone\n              contactEmail\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SecurityAppEnterprises2 {\n          enterprises(first: 12) {\n            nodes {\n              contactName\n              contactPhone\n              contactEmail\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SecurityAppAccountRegister($i: AccountRegisterInput!) {\n      accountRegister(input: $i) {\n        account {\n          id\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SecurityAppAccountRegister($i: AccountRegisterInput!) {\n      accountRegister(input: $i) {\n        account {\n          id\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SecurityAppMe4 {\n              me {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query SecurityAppMe4 {\n              me {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SecurityAppMe5 {\n              me {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query SecurityAppMe5 {\n              me {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SecurityAppLogin3($i: LoginInput!) {\n      login(input: $i) {\n        token\n        errors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SecurityAppLogin3($i: LoginInput!) {\n      login(input: $i) {\n        token\n        errors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation SecurityAppTotpEnrol {\n              totpEnrol {\n                enrolment {\n                  secret\n                }\n                errors {\n                  code\n                }\n              }\n            }\n          "): (typeof documents)["\n            mutation SecurityAppTotpEnrol {\n              totpEnrol {\n                enrolment {\n                  secret\n                }\n                errors {\n                  code\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SecurityAppTotpEnrol2 {\n          totpEnrol {\n            enrolment {\n              secret\n              uri\n            }\n            errors {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation SecurityAppTotpEnrol2 {\n          totpEnrol {\n            enrolment {\n              secret\n              uri\n            }\n            errors {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SecurityAppTotpConfirm($i: TotpConfirmInput!) {\n        totpConfirm(input: $i) {\n          enabled\n          errors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation SecurityAppTotpConfirm($i: TotpConfirmInput!) {\n        totpConfirm(input: $i) {\n          enabled\n          errors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SecurityAppAccountTotpReset($id: ID!) {\n          accountTotpReset(accountId: $id) {\n            enabled\n            errors {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation SecurityAppAccountTotpReset($id: ID!) {\n          accountTotpReset(accountId: $id) {\n            enabled\n            errors {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SecurityAppSearchTopQueries {\n          searchTopQueries {\n            query\n          }\n        }\n      "): (typeof documents)["\n        query SecurityAppSearchTopQueries {\n          searchTopQueries {\n            query\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SecurityAppMe6 {\n          me {\n            roles\n            secondFactorSetupRequired\n          }\n        }\n      "): (typeof documents)["\n        query SecurityAppMe6 {\n          me {\n            roles\n            secondFactorSetupRequired\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SecurityAppTotpEnrol3 {\n            totpEnrol {\n              enrolment {\n                secret\n              }\n              errors {\n                code\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation SecurityAppTotpEnrol3 {\n            totpEnrol {\n              enrolment {\n                secret\n              }\n              errors {\n                code\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SecurityAppTotpConfirm2($i: TotpConfirmInput!) {\n          totpConfirm(input: $i) {\n            enabled\n            errors {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation SecurityAppTotpConfirm2($i: TotpConfirmInput!) {\n          totpConfirm(input: $i) {\n            enabled\n            errors {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SecurityAppEnterpriseMemberAdd($i: EnterpriseMemberAddInput!) {\n      enterpriseMemberAdd(input: $i) {\n        enterprise {\n          members {\n            enterpriseRole\n          }\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SecurityAppEnterpriseMemberAdd($i: EnterpriseMemberAddInput!) {\n      enterpriseMemberAdd(input: $i) {\n        enterprise {\n          members {\n            enterpriseRole\n          }\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SecurityAppMe7 {\n              me {\n                enterprise {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query SecurityAppMe7 {\n              me {\n                enterprise {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SecurityAppMyEnterpriseInvitations {\n            myEnterpriseInvitations {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query SecurityAppMyEnterpriseInvitations {\n            myEnterpriseInvitations {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SecurityAppEnterpriseInvitationDecline($i: EnterpriseInvitationInput!) {\n        enterpriseInvitationDecline(input: $i) {\n          joined\n          errors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation SecurityAppEnterpriseInvitationDecline($i: EnterpriseInvitationInput!) {\n        enterpriseInvitationDecline(input: $i) {\n          joined\n          errors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SecurityAppMyEnterpriseInvitations2 {\n              myEnterpriseInvitations {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query SecurityAppMyEnterpriseInvitations2 {\n              myEnterpriseInvitations {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SecurityAppAccountRegister2($i: AccountRegisterInput!) {\n      accountRegister(input: $i) {\n        account {\n          id\n        }\n        errors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SecurityAppAccountRegister2($i: AccountRegisterInput!) {\n      accountRegister(input: $i) {\n        account {\n          id\n        }\n        errors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteInheritPolicies($f: PolicyFilter) {\n    policies(filter: $f, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          provinceOnly\n          site {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteInheritPolicies($f: PolicyFilter) {\n    policies(filter: $f, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          provinceOnly\n          site {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteInheritSearch($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n      hits {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteInheritSearch($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n      hits {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteInheritProvinceOnlySet($i: ProvinceOnlySetInput!) {\n    provinceOnlySet(input: $i) {\n      id\n      provinceOnly\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SiteInheritProvinceOnlySet($i: ProvinceOnlySetInput!) {\n    provinceOnlySet(input: $i) {\n      id\n      provinceOnly\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteInheritPolicy($id: ID!) {\n    policy(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SiteInheritPolicy($id: ID!) {\n    policy(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmokeSites {\n    currentSite {\n      code\n      name\n      parent {\n        code\n      }\n    }\n    sites {\n      code\n    }\n  }\n"): (typeof documents)["\n  query SmokeSites {\n    currentSite {\n      code\n      name\n      parent {\n        code\n      }\n    }\n    sites {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmokeCurrentSite {\n    currentSite {\n      code\n      parent {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query SmokeCurrentSite {\n    currentSite {\n      code\n      parent {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAdminSlaDefaults {\n    platformDockingSla {\n      firstResponseMinutes\n      replyMinutes\n      resolutionMinutes\n      builtIn\n    }\n  }\n"): (typeof documents)["\n  query WebAdminSlaDefaults {\n    platformDockingSla {\n      firstResponseMinutes\n      replyMinutes\n      resolutionMinutes\n      builtIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebAdminSlaUpdate($i: PlatformDockingSlaInput!) {\n    platformDockingSlaUpdate(input: $i) {\n      sla {\n        firstResponseMinutes\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebAdminSlaUpdate($i: PlatformDockingSlaInput!) {\n    platformDockingSlaUpdate(input: $i) {\n      sla {\n        firstResponseMinutes\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAdminInstitutionStatus($id: ID!) {\n    institution(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  query WebAdminInstitutionStatus($id: ID!) {\n    institution(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAdminEnterpriseStatus($id: ID!) {\n    enterprise(id: $id) {\n      status\n      reviewReason\n    }\n  }\n"): (typeof documents)["\n  query WebAdminEnterpriseStatus($id: ID!) {\n    enterprise(id: $id) {\n      status\n      reviewReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAdminSearchTotal($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query WebAdminSearchTotal($i: SearchInput!) {\n    search(input: $i) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAdminZeroResultQueries {\n    searchZeroResultQueries(first: 20) {\n      query\n    }\n  }\n"): (typeof documents)["\n  query WebAdminZeroResultQueries {\n    searchZeroResultQueries(first: 20) {\n      query\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAdminSearchConcepts {\n    searchConcepts(first: 100) {\n      nodes {\n        phrase\n        expansions\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebAdminSearchConcepts {\n    searchConcepts(first: 100) {\n      nodes {\n        phrase\n        expansions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAdminSearchExpansions($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        expansions {\n          phrase\n          terms\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebAdminSearchExpansions($i: SearchInput!) {\n    search(input: $i) {\n      understanding {\n        expansions {\n          phrase\n          terms\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WebColumnNeedDockingStart($i: DockingActionInput!) {\n      dockingStart(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation WebColumnNeedDockingStart($i: DockingActionInput!) {\n      dockingStart(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WebColumnNeedDockingComplete($i: DockingActionInput!) {\n      dockingComplete(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation WebColumnNeedDockingComplete($i: DockingActionInput!) {\n      dockingComplete(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WebColumnNeedDockingDecline($i: DockingActionInput!) {\n      dockingDecline(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation WebColumnNeedDockingDecline($i: DockingActionInput!) {\n      dockingDecline(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WebColumnNeedDockingCancel($i: DockingActionInput!) {\n      dockingCancel(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation WebColumnNeedDockingCancel($i: DockingActionInput!) {\n      dockingCancel(input: $i) {\n        docking {\n          status\n        }\n        errors {\n          ...TestUserError\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebColumnNeedDockingAmountFinanced($id: ID!) {\n    columnNeed(id: $id) {\n      amountFinanced\n    }\n  }\n"): (typeof documents)["\n  query WebColumnNeedDockingAmountFinanced($id: ID!) {\n    columnNeed(id: $id) {\n      amountFinanced\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebColumnNeedDockingDocking($id: ID!) {\n    columnNeed(id: $id) {\n      docking {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebColumnNeedDockingDocking($id: ID!) {\n    columnNeed(id: $id) {\n      docking {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsByColumn {\n    columnStatistics(groupBy: COLUMN) {\n      rows {\n        key\n        received\n      }\n      total {\n        received\n        amountRequested\n        headcountRequested\n        amountFinanced\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatisticsByColumn {\n    columnStatistics(groupBy: COLUMN) {\n      rows {\n        key\n        received\n      }\n      total {\n        received\n        amountRequested\n        headcountRequested\n        amountFinanced\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebColumnsNeedProfile($id: ID!) {\n    columnNeed(id: $id) {\n      enterpriseProfile {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebColumnsNeedProfile($id: ID!) {\n    columnNeed(id: $id) {\n      enterpriseProfile {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebColumnsNeedDocking($id: ID!) {\n    columnNeed(id: $id) {\n      docking {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebColumnsNeedDocking($id: ID!) {\n    columnNeed(id: $id) {\n      docking {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebColumnsDockingCancel($i: DockingActionInput!) {\n    dockingCancel(input: $i) {\n      docking {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebColumnsDockingCancel($i: DockingActionInput!) {\n    dockingCancel(input: $i) {\n      docking {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebColumnsConsentGrant($i: ProfileConsentInput!) {\n    profileConsentGrant(input: $i) {\n      consent {\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebColumnsConsentGrant($i: ProfileConsentInput!) {\n    profileConsentGrant(input: $i) {\n      consent {\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebColumnsConsentRevoke($i: ProfileConsentInput!) {\n    profileConsentRevoke(input: $i) {\n      consent {\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebColumnsConsentRevoke($i: ProfileConsentInput!) {\n    profileConsentRevoke(input: $i) {\n      consent {\n        active\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebColumnsStartupResourceCreate($i: StartupResourceCreateInput!) {\n    startupResourceCreate(input: $i) {\n      resource {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebColumnsStartupResourceCreate($i: StartupResourceCreateInput!) {\n    startupResourceCreate(input: $i) {\n      resource {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebColumnsNeedClose($i: ColumnNeedCloseInput!) {\n    columnNeedClose(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebColumnsNeedClose($i: ColumnNeedCloseInput!) {\n    columnNeedClose(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebColumnsTalentNeedSubmit($i: TalentNeedSubmitInput!) {\n    talentNeedSubmit(input: $i) {\n      need {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebColumnsTalentNeedSubmit($i: TalentNeedSubmitInput!) {\n    talentNeedSubmit(input: $i) {\n      need {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebDockingActivitiesMyRegistration($id: ID!) {\n    activity(id: $id) {\n      myRegistration {\n        rating\n        comment\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebDockingActivitiesMyRegistration($id: ID!) {\n    activity(id: $id) {\n      myRegistration {\n        rating\n        comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDockingDemandsReview($i: DemandReviewInput!) {\n    demandReview(input: $i) {\n      demand {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebDockingDemandsReview($i: DemandReviewInput!) {\n    demandReview(input: $i) {\n      demand {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDockingDemandsCreate($i: DemandCreateInput!) {\n    demandCreate(input: $i) {\n      demand {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebDockingDemandsCreate($i: DemandCreateInput!) {\n    demandCreate(input: $i) {\n      demand {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestWebFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestWebFlowRegister($i: ActivityRefInput!) {\n    activityRegister(input: $i) {\n      registration {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebNotificationsMessageSend($i: DockingMessageInput!) {\n    dockingMessageSend(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebNotificationsMessageSend($i: DockingMessageInput!) {\n    dockingMessageSend(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebPartnersClients {\n    apiClients {\n      nodes {\n        clientId\n        scopes\n        allowedOrigins\n        requestsPerMinute\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebPartnersClients {\n    apiClients {\n      nodes {\n        clientId\n        scopes\n        allowedOrigins\n        requestsPerMinute\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPartnersClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebPartnersClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebPartnersSiteId {\n    currentSite {\n      id\n    }\n  }\n"): (typeof documents)["\n  query WebPartnersSiteId {\n    currentSite {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPolicyForMeConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebPolicyForMeConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPolicyForMeGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebPolicyForMeGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebPolicyForMeCounts {\n    eligible: policyMatches(verdicts: [ELIGIBLE], first: 1) {\n      totalCount\n    }\n    likely: policyMatches(verdicts: [LIKELY], first: 1) {\n      totalCount\n    }\n    nearMiss: policyMatches(verdicts: [NOT_ELIGIBLE], first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query WebPolicyForMeCounts {\n    eligible: policyMatches(verdicts: [ELIGIBLE], first: 1) {\n      totalCount\n    }\n    likely: policyMatches(verdicts: [LIKELY], first: 1) {\n      totalCount\n    }\n    nearMiss: policyMatches(verdicts: [NOT_ELIGIBLE], first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPolicyMatchConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebPolicyMatchConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPolicyMatchLink($i: PolicyLinkInput!) {\n    policyLink(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebPolicyMatchLink($i: PolicyLinkInput!) {\n    policyLink(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPolicyReachConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebPolicyReachConditionsSet($i: PolicyConditionsSetInput!) {\n    policyConditionsSet(input: $i) {\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPolicyReachEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebPolicyReachEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPolicySubscriptionsCreate($i: PolicySubscriptionCreateInput!) {\n    policySubscriptionCreate(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebPolicySubscriptionsCreate($i: PolicySubscriptionCreateInput!) {\n    policySubscriptionCreate(input: $i) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPortalPolicyGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebPortalPolicyGuideAdd($i: PolicyGuideAddInput!) {\n    policyGuideAdd(input: $i) {\n      errors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebMyEnterprise {\n    me {\n      enterprise {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebMyEnterprise {\n    me {\n      enterprise {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      enterprise {\n        status\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebEnterpriseReview($i: EnterpriseReviewInput!) {\n    enterpriseReview(input: $i) {\n      enterprise {\n        status\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WebhooksCurrentSite {\n          currentSite {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query WebhooksCurrentSite {\n          currentSite {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksApiClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      client {\n        id\n        clientId\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksApiClientCreate($i: ApiClientCreateInput!) {\n    apiClientCreate(input: $i) {\n      client {\n        id\n        clientId\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksWebhookSubscriptionCreate($i: WebhookSubscriptionCreateInput!) {\n    webhookSubscriptionCreate(input: $i) {\n      subscription {\n        id\n        url\n        eventTypes\n        sm3\n        active\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksWebhookSubscriptionCreate($i: WebhookSubscriptionCreateInput!) {\n    webhookSubscriptionCreate(input: $i) {\n      subscription {\n        id\n        url\n        eventTypes\n        sm3\n        active\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksWebhookSubscriptionUpdate($i: WebhookSubscriptionUpdateInput!) {\n    webhookSubscriptionUpdate(input: $i) {\n      subscription {\n        id\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksWebhookSubscriptionUpdate($i: WebhookSubscriptionUpdateInput!) {\n    webhookSubscriptionUpdate(input: $i) {\n      subscription {\n        id\n      }\n      secret\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksWebhookSubscriptionDelete($i: WebhookSubscriptionDeleteInput!) {\n    webhookSubscriptionDelete(input: $i) {\n      deletedId\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksWebhookSubscriptionDelete($i: WebhookSubscriptionDeleteInput!) {\n    webhookSubscriptionDelete(input: $i) {\n      deletedId\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksWebhookDeliveryReplay($i: WebhookDeliveryReplayInput!) {\n    webhookDeliveryReplay(input: $i) {\n      delivery {\n        id\n        status\n        attempts\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksWebhookDeliveryReplay($i: WebhookDeliveryReplayInput!) {\n    webhookDeliveryReplay(input: $i) {\n      delivery {\n        id\n        status\n        attempts\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksWebhookDeliveries($f: WebhookDeliveryFilter) {\n    webhookDeliveries(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n        webhookId\n        eventId\n        eventType\n        url\n        status\n        attempts\n        lastStatusCode\n        lastError\n        lastResponse\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhooksWebhookDeliveries($f: WebhookDeliveryFilter) {\n    webhookDeliveries(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n        webhookId\n        eventId\n        eventType\n        url\n        status\n        attempts\n        lastStatusCode\n        lastError\n        lastResponse\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query WebhooksCurrentSite2 {\n              currentSite {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query WebhooksCurrentSite2 {\n              currentSite {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WebhooksWebhookSubscriptions {\n          webhookSubscriptions(first: 10) {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query WebhooksWebhookSubscriptions {\n          webhookSubscriptions(first: 10) {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation WebhooksDockingSubmit($i: DockingSubmitInput!) {\n            dockingSubmit(input: $i) {\n              docking {\n                id\n                status\n              }\n              errors {\n                ...TestUserError\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation WebhooksDockingSubmit($i: DockingSubmitInput!) {\n            dockingSubmit(input: $i) {\n              docking {\n                id\n                status\n              }\n              errors {\n                ...TestUserError\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WebhooksDockingMessageSend($i: DockingMessageInput!) {\n          dockingMessageSend(input: $i) {\n            docking {\n              id\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation WebhooksDockingMessageSend($i: DockingMessageInput!) {\n          dockingMessageSend(input: $i) {\n            docking {\n              id\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WebhooksDockingAccept($i: DockingActionInput!) {\n          dockingAccept(input: $i) {\n            docking {\n              id\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation WebhooksDockingAccept($i: DockingActionInput!) {\n          dockingAccept(input: $i) {\n            docking {\n              id\n              status\n            }\n            errors {\n              ...TestUserError\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WebhooksWebhookSubscriptions2 {\n          webhookSubscriptions(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query WebhooksWebhookSubscriptions2 {\n          webhookSubscriptions(first: 100) {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WebhooksWebhookSubscriptions3 {\n          webhookSubscriptions(first: 1) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query WebhooksWebhookSubscriptions3 {\n          webhookSubscriptions(first: 1) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAccountRegister($i: AccountRegisterInput!) {\n    accountRegister(input: $i) {\n      account {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestLogin($i: LoginInput!) {\n    login(input: $i) {\n      token\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFactoryActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFactoryActivityCreate($i: ActivityCreateInput!) {\n    activityCreate(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFactoryActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFactoryActivityReview($i: ActivityReviewInput!) {\n    activityReview(input: $i) {\n      activity {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFinancingProductCreate($i: FinancingProductCreateInput!) {\n    financingProductCreate(input: $i) {\n      product {\n        id\n        name\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFinancingProductCreate($i: FinancingProductCreateInput!) {\n    financingProductCreate(input: $i) {\n      product {\n        id\n        name\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFinancingNeedSubmit($i: FinancingNeedSubmitInput!) {\n    financingNeedSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFinancingNeedSubmit($i: FinancingNeedSubmitInput!) {\n    financingNeedSubmit(input: $i) {\n      need {\n        ...TestColumnNeed\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestColumnNeedReply($i: ColumnNeedReplyInput!) {\n    columnNeedReply(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestColumnNeedReply($i: ColumnNeedReplyInput!) {\n    columnNeedReply(input: $i) {\n      need {\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestColumnNeedStartDocking($i: ColumnNeedDockingInput!) {\n    columnNeedStartDocking(input: $i) {\n      need {\n        id\n      }\n      docking {\n        id\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestColumnNeedStartDocking($i: ColumnNeedDockingInput!) {\n    columnNeedStartDocking(input: $i) {\n      need {\n        id\n      }\n      docking {\n        id\n        status\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestInstitutionApply($i: InstitutionApplyInput!) {\n    institutionApply(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestInstitutionReview($i: InstitutionReviewInput!) {\n    institutionReview(input: $i) {\n      institution {\n        id\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestDockingSubmit($i: DockingSubmitInput!) {\n    dockingSubmit(input: $i) {\n      docking {\n        id\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestServiceProductCreate($i: ServiceProductCreateInput!) {\n    serviceProductCreate(input: $i) {\n      product {\n        id\n        name\n        status\n      }\n      warnings {\n        field\n        message\n        suggestion\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestServiceProductCreate($i: ServiceProductCreateInput!) {\n    serviceProductCreate(input: $i) {\n      product {\n        id\n        name\n        status\n      }\n      warnings {\n        field\n        message\n        suggestion\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) {\n      product {\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestServiceProductReview($i: ServiceProductReviewInput!) {\n    serviceProductReview(input: $i) {\n      product {\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestEnterpriseRegister($i: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $i) {\n      enterprise {\n        id\n        uscc\n        name\n        sizeClass\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestEnterpriseRegister($i: EnterpriseRegisterInput!) {\n    enterpriseRegister(input: $i) {\n      enterprise {\n        id\n        uscc\n        name\n        sizeClass\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestUserError on UserError {\n    code\n    field\n    message\n  }\n"): (typeof documents)["\n  fragment TestUserError on UserError {\n    code\n    field\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestColumnNeed on ColumnNeed {\n    id\n    column\n    title\n    status\n    matched\n    amount\n    headcount\n    regionCode\n    industryCode\n    firstReplyDue\n    firstRepliedAt\n    firstReplyOverdue\n  }\n"): (typeof documents)["\n  fragment TestColumnNeed on ColumnNeed {\n    id\n    column\n    title\n    status\n    matched\n    amount\n    headcount\n    regionCode\n    industryCode\n    firstReplyDue\n    firstRepliedAt\n    firstReplyOverdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestPolicyFields on Policy {\n    id\n    title\n    docNo\n    departments\n    publishedOn\n    effectiveFrom\n    effectiveTo\n    validity\n    author\n    sourceName\n    sourceUrl\n    body\n    tags\n    policyType\n    industries\n    sizeClasses\n    regions\n    hotWords\n    columns\n    featured\n    status\n    reviewComment\n    publishedVersion\n    viewCount\n  }\n"): (typeof documents)["\n  fragment TestPolicyFields on Policy {\n    id\n    title\n    docNo\n    departments\n    publishedOn\n    effectiveFrom\n    effectiveTo\n    validity\n    author\n    sourceName\n    sourceUrl\n    body\n    tags\n    policyType\n    industries\n    sizeClasses\n    regions\n    hotWords\n    columns\n    featured\n    status\n    reviewComment\n    publishedVersion\n    viewCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFactoryNoticeCreate($i: NoticeCreateInput!) {\n    noticeCreate(input: $i) {\n      notice {\n        id\n      }\n      errors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFactoryNoticeCreate($i: NoticeCreateInput!) {\n    noticeCreate(input: $i) {\n      notice {\n        id\n      }\n      errors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFactoryNoticePublish($i: NoticeIdInput!) {\n    noticePublish(input: $i) {\n      errors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFactoryNoticePublish($i: NoticeIdInput!) {\n    noticePublish(input: $i) {\n      errors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestQualificationKindCreate($i: QualificationKindCreateInput!) {\n    qualificationKindCreate(input: $i) {\n      qualification {\n        code\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestQualificationKindCreate($i: QualificationKindCreateInput!) {\n    qualificationKindCreate(input: $i) {\n      qualification {\n        code\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFactoryPolicyCreate($i: PolicyCreateInput!) {\n    policyCreate(input: $i) {\n      policy {\n        ...TestPolicyFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFactoryPolicyCreate($i: PolicyCreateInput!) {\n    policyCreate(input: $i) {\n      policy {\n        ...TestPolicyFields\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestPolicyTransition on PolicyPayload {\n    policy {\n      id\n      status\n      publishedVersion\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n"): (typeof documents)["\n  fragment TestPolicyTransition on PolicyPayload {\n    policy {\n      id\n      status\n      publishedVersion\n    }\n    errors {\n      ...TestUserError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestFactoryPolicySubmit($i: PolicyTransitionInput!) {\n      policySubmit(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  "): (typeof documents)["\n    mutation TestFactoryPolicySubmit($i: PolicyTransitionInput!) {\n      policySubmit(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestFactoryPolicyPublish($i: PolicyTransitionInput!) {\n      policyPublish(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  "): (typeof documents)["\n    mutation TestFactoryPolicyPublish($i: PolicyTransitionInput!) {\n      policyPublish(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestFactoryPolicyRevise($i: PolicyTransitionInput!) {\n      policyRevise(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  "): (typeof documents)["\n    mutation TestFactoryPolicyRevise($i: PolicyTransitionInput!) {\n      policyRevise(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestFactoryPolicyWithdraw($i: PolicyTransitionInput!) {\n      policyWithdraw(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  "): (typeof documents)["\n    mutation TestFactoryPolicyWithdraw($i: PolicyTransitionInput!) {\n      policyWithdraw(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestFactoryPolicyExpire($i: PolicyTransitionInput!) {\n      policyExpire(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  "): (typeof documents)["\n    mutation TestFactoryPolicyExpire($i: PolicyTransitionInput!) {\n      policyExpire(input: $i) {\n        ...TestPolicyTransition\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFactoryPolicyReview($i: PolicyReviewInput!) {\n    policyReview(input: $i) {\n      policy {\n        id\n        status\n        reviewComment\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestFactoryPolicyReview($i: PolicyReviewInput!) {\n    policyReview(input: $i) {\n      policy {\n        id\n        status\n        reviewComment\n      }\n      errors {\n        ...TestUserError\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;